#!/usr/bin/env python3
"""Writes the hostile corpus (issue 12) from the small project in base/: every file is a deterministic edit of
base.en.txt, base.en-ru.xlf (XLIFF 1.2), base.en-ru.v21.xlf (XLIFF 2.1), base.en-ru.xlsx (the worksheet Attaché
wrote for it), the shipped glossary's layout, or a hand-written TMX/SRX. Run it from this folder; the files are
committed, so the tests never need Python. What is big or needs POI (a 50 MB one-line transcript, a million-row
worksheet, an encrypted workbook, an .xls) is made at test time by dev.attache.cli.HostileFiles.

Entities point at "marker.txt" (relative: the test writes it beside the file, with a marker string) or at
/etc/passwd; external DTDs at http://127.0.0.1:9/ (the discard port: nothing listens, nothing leaves the machine).
"""
import io
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "base")
read = lambda name: open(os.path.join(BASE, name), encoding="utf-8").read()
X12 = read("base.en-ru.xlf")
X21 = read("base.en-ru.v21.xlf")


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(HERE, name), mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)


def with_doctype(xml, doctype):
    """The document type declaration right after the XML declaration (which POI writes with or without a line
    break after it), or first."""
    end = xml.index("?>") + 2 if xml.startswith("<?xml") else 0
    return xml[:end] + ("\n" if end else "") + doctype + "\n" + xml[end:].lstrip("\n")


XXE = '<!DOCTYPE {root} [<!ENTITY leak SYSTEM "marker.txt">]>'
PASSWD = '<!DOCTYPE {root} [<!ENTITY leak SYSTEM "file:///etc/passwd">]>'
LAUGHS = ('<!DOCTYPE {root} [<!ENTITY lol "lol">'
          + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10))
          + ']>')
EXTERNAL_DTD = '<!DOCTYPE {root} SYSTEM "http://127.0.0.1:9/hostile.dtd">'
PARAMETER = '<!DOCTYPE {root} [<!ENTITY % remote SYSTEM "marker.txt"> %remote;]>'

# --- XLIFF 1.2 -------------------------------------------------------------------------------------------------
x12_entity = X12.replace("Talks in Baku</source>", "Talks in Baku &leak;</source>", 1)
write("x12-xxe.xlf", with_doctype(x12_entity, XXE.format(root="xliff")))
write("x12-xxe-passwd.xlf", with_doctype(x12_entity, PASSWD.format(root="xliff")))
write("x12-billion-laughs.xlf", with_doctype(X12.replace("Talks in Baku</source>", "&lol9;</source>", 1),
                                             LAUGHS.format(root="xliff")))
write("x12-external-dtd.xlf", with_doctype(X12, EXTERNAL_DTD.format(root="xliff")))
write("x12-parameter-entity.xlf", with_doctype(X12, PARAMETER.format(root="xliff")))
write("x12-truncated.xlf", X12[: len(X12) * 2 // 3])
write("x12-wrong-namespace.xlf", X12.replace("urn:oasis:names:tc:xliff:document:1.2", "urn:example:not-xliff"))
write("x12-no-namespace.xlf", X12.replace(' xmlns="urn:oasis:names:tc:xliff:document:1.2"', ""))
write("x12-duplicate-ids.xlf", X12.replace('<trans-unit id="p3"', '<trans-unit id="p2"'))
write("x12-missing-source.xlf", re.sub(r'(<trans-unit id="p3"[^>]*>\n)<source[^\n]*\n<seg-source[^\n]*\n', r"\1", X12))
write("x12-mismatched-markers.xlf", X12.replace(
    '<target xml:lang="ru" state="new"><mrk mid="s1" mtype="seg"></mrk> <mrk mid="s2" mtype="seg"></mrk></target>',
    '<target xml:lang="ru" state="translated"><mrk mid="s1" mtype="seg">Министр встретился с Президентом.</mrk> '
    '<mrk mid="s7" mtype="seg">Они обсудили мирный договор.</mrk></target>'))
write("x12-import-record-damaged.xlf", X12.replace(
    '<target xml:lang="ru" state="new"><mrk mid="s1" mtype="seg"></mrk></target>\n<note from="glossary">p1.s1',
    '<target xml:lang="ru" state="translated"><mrk mid="s1" mtype="seg">Переговоры в Баку</mrk></target>\n'
    '<context-group name="x-attache-segment-states-p1" purpose="information">'
    '<context context-type="x-imported-s1">not-a-worksheet-id and-no-digest</context></context-group>\n'
    '<note from="glossary">p1.s1', 1))
write("x12-empty-unit.xlf", re.sub(r'<trans-unit id="p3".*?</trans-unit>',
                                   '<trans-unit id="p3" restype="x-body"></trans-unit>', X12, flags=re.S))
write("x12-no-file.xlf", '<?xml version="1.0" encoding="UTF-8"?>\n'
                         '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"></xliff>\n')
write("x12-version-3.xlf", X12.replace('version="1.2"', 'version="3.0"', 1))
write("x12-no-languages.xlf", X12.replace(' source-language="en" target-language="ru"', ""))
write("x12-not-xliff.xlf", '<?xml version="1.0"?>\n<html><body>not a translation</body></html>\n')
write("x12-empty.xlf", b"")
write("x12-random-bytes.xlf", bytes((i * 7919 + 13) % 256 for i in range(4096)))
write("x12-utf16-declared-utf8.xlf", X12.encode("utf-16"))
write("x12-original-escapes.xlf", X12.replace('original="base.en.txt"', 'original="../../../../tmp/attache-escape.txt"'))

# --- XLIFF 2.1 -------------------------------------------------------------------------------------------------
x21_entity = X21.replace("<source>Talks in Baku</source>", "<source>Talks in Baku &leak;</source>", 1)
write("x21-xxe.xlf", with_doctype(x21_entity, XXE.format(root="xliff")))
write("x21-billion-laughs.xlf", with_doctype(X21.replace("<source>Talks in Baku</source>", "<source>&lol9;</source>", 1),
                                             LAUGHS.format(root="xliff")))
write("x21-external-dtd.xlf", with_doctype(X21, EXTERNAL_DTD.format(root="xliff")))
write("x21-truncated.xlf", X21[: len(X21) // 2])
write("x21-duplicate-ids.xlf", X21.replace('<unit id="p3"', '<unit id="p2"'))
write("x21-no-target-language.xlf", X21.replace(' trgLang="ru"', ""))
write("x21-import-record-damaged.xlf", X21.replace(
    '<unit id="p1" type="attache:title">\n   <notes>',
    '<unit id="p1" type="attache:title">\n   <mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0">'
    '<mda:metaGroup category="attache:imported"><mda:meta type="s1">0b6c1e52 not-a-digest</mda:meta>'
    '</mda:metaGroup></mda:metadata>\n   <notes>', 1))
write("x21-missing-source.xlf", X21.replace("<source>The sides agreed to continue consultations.</source>", ""))

# --- TBX ---------------------------------------------------------------------------------------------------------
TBX = ('<?xml version="1.0" encoding="UTF-8"?>\n'
       '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n'
       '<tbxHeader><fileDesc><sourceDesc><p>hostile</p></sourceDesc></fileDesc></tbxHeader>\n'
       '<text><body>\n'
       '<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>treaty{e}</term></termSec></langSec>'
       '<langSec xml:lang="ru"><termSec><term>договор</term></termSec></langSec></conceptEntry>\n'
       '</body></text>\n</tbx>\n')
write("tbx-xxe.tbx", with_doctype(TBX.format(e=" &leak;"), XXE.format(root="tbx")))
write("tbx-billion-laughs.tbx", with_doctype(TBX.format(e="&lol9;"), LAUGHS.format(root="tbx")))
write("tbx-external-dtd.tbx", with_doctype(TBX.format(e=""), EXTERNAL_DTD.format(root="tbx")))
write("tbx-truncated.tbx", TBX.format(e="")[:300])
write("tbx-concept-without-terms.tbx", TBX.format(e="").replace(
    "</body>", '<conceptEntry id="c2"><descrip type="definition">a concept with no term</descrip></conceptEntry>\n'
               "</body>"))

# --- CSV glossaries ----------------------------------------------------------------------------------------------
write("csv-utf16.csv", "en,ru\ntreaty,договор\n".encode("utf-16"))
write("csv-empty.csv", b"")
write("csv-no-language-column.csv", "id,subject\nc1,law\n")

# --- SRX ---------------------------------------------------------------------------------------------------------
SRX = ('<?xml version="1.0" encoding="UTF-8"?>\n'
       '<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="no"/><body>'
       '<languagerules><languagerule languagerulename="en"><rule break="yes"><beforebreak>\\.{e}</beforebreak>'
       '<afterbreak>\\s</afterbreak></rule></languagerule></languagerules>'
       '<maprules><languagemap languagepattern=".*" languagerulename="en"/></maprules></body></srx>\n')
write("srx-xxe.srx", with_doctype(SRX.format(e="&leak;"), XXE.format(root="srx")))
write("srx-billion-laughs.srx", with_doctype(SRX.format(e="&lol9;"), LAUGHS.format(root="srx")))
write("srx-external-dtd.srx", with_doctype(SRX.format(e=""), EXTERNAL_DTD.format(root="srx")))
write("srx-bad-regex.srx", SRX.format(e="[unclosed"))

# --- TMX ---------------------------------------------------------------------------------------------------------
TMX = ('<?xml version="1.0" encoding="UTF-8"?>\n'
       '<tmx version="1.4"><header creationtool="hostile" creationtoolversion="1" segtype="sentence" o-tmf="none"'
       ' adminlang="en" srclang="en" datatype="plaintext"/><body>\n'
       '<tu><tuv xml:lang="en"><seg>The treaty{e}</seg></tuv><tuv xml:lang="ru"><seg>Договор</seg></tuv></tu>\n'
       '</body></tmx>\n')
write("tmx-xxe.tmx", with_doctype(TMX.format(e=" &leak;"), XXE.format(root="tmx")))
write("tmx-billion-laughs.tmx", with_doctype(TMX.format(e="&lol9;"), LAUGHS.format(root="tmx")))
write("tmx-external-dtd.tmx", with_doctype(TMX.format(e=""), EXTERNAL_DTD.format(root="tmx")))
write("tmx-truncated.tmx", TMX.format(e="")[:250])

# --- transcripts -------------------------------------------------------------------------------------------------
write("transcript-empty.en.txt", b"")
write("transcript-binary.en.txt", bytes((i * 31 + 7) % 256 for i in range(2048)))
write("transcript-only-blank-lines.en.txt", "\n\n   \n\t\n")

# --- worksheets --------------------------------------------------------------------------------------------------
with zipfile.ZipFile(os.path.join(BASE, "base.en-ru.xlsx")) as z:
    PARTS = {n: z.read(n) for n in z.namelist()}


def xlsx(name, parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2026, 11, 30, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    write(name, buf.getvalue())


def edited(**changes):
    parts = dict(PARTS)
    for part, change in changes.items():
        part = part.replace("__", "/")
        if change is None:
            del parts[part]
        else:
            parts[part] = change(parts[part].decode("utf-8")).encode("utf-8")
    return parts


SHEET = "xl__worksheets__sheet1.xml"
STRINGS = "xl__sharedStrings.xml"


def fill_targets(sheet):
    return re.sub(r'<c r="D([2-9])" s="5" t="s"><v>59</v></c>',
                  lambda m: '<c r="D%s" s="5" t="inlineStr"><is><t>Перевод %s</t></is></c>' % (m[1], m[1]), sheet)


def xml_doctype(doctype, entity):
    def change(xml):
        xml = with_doctype(xml, doctype)
        return xml.replace("<t>format-version</t>", "<t>format-version" + entity + "</t>", 1) if entity else xml
    return change


xlsx("xlsx-xxe-shared-strings.xlsx", edited(**{STRINGS: xml_doctype(XXE.format(root="sst"), "&leak;")}))
xlsx("xlsx-billion-laughs-shared-strings.xlsx", edited(**{STRINGS: xml_doctype(LAUGHS.format(root="sst"), "&lol9;")}))
# bytes that are no UTF-8 in a part: a parse failure ("not a readable .xlsx workbook"), not a failure to read the file
strings_bad_utf8 = dict(PARTS)
strings_bad_utf8[STRINGS.replace("__", "/")] = PARTS[STRINGS.replace("__", "/")].replace(b"format-version", b"format-\xff\xfeversion", 1)
xlsx("xlsx-invalid-utf8-shared-strings.xlsx", strings_bad_utf8)
xlsx("xlsx-external-dtd-sheet.xlsx", edited(**{SHEET: xml_doctype(EXTERNAL_DTD.format(root="worksheet"), "")}))
xlsx("xlsx-cell-outside-row.xlsx", edited(**{SHEET: lambda s: s.replace(
    "<sheetData>", '<sheetData><c r="A1"><v>1</v></c>', 1)}))
xlsx("xlsx-bad-cell-reference.xlsx", edited(**{SHEET: lambda s: s.replace('<c r="B2"', '<c r="B2 x"', 1)}))
xlsx("xlsx-rels-target-not-a-uri.xlsx", edited(**{"_rels__.rels": lambda s: s.replace(
    'Target="xl/workbook.xml"', 'Target="xl/workbook.xml%"', 1)}))
xlsx("xlsx-xxe-workbook.xlsx", edited(**{"xl__workbook.xml": xml_doctype(PASSWD.format(root="workbook"), "")}))
xlsx("xlsx-id-column-deleted.xlsx", edited(**{SHEET: lambda s: re.sub(r'<c r="B\d+"[^>]*>.*?</c>', "", s)}))
xlsx("xlsx-merged-cells.xlsx", edited(**{SHEET: lambda s: fill_targets(s).replace(
    "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="D2:D3"/></mergeCells>', 1)
    .replace('<c r="D3" s="5" t="inlineStr"><is><t>Перевод 3</t></is></c>', '<c r="D3" s="5"/>')}))


def duplicate_row(sheet):
    row = re.search(r'<row r="3">\n(.*?)</row>', sheet, re.S)[1]
    return fill_targets(sheet).replace("</sheetData>", '<row r="6">\n' + re.sub(r'([A-H])3"', r'\g<1>6"', row).replace(
        '<v>59</v></c><c r="E6"', '<v>60</v></c><c r="E6"') + "</row>\n</sheetData>", 1)


xlsx("xlsx-duplicated-row.xlsx", edited(**{SHEET: duplicate_row}))


def without_manifest(parts):
    parts = dict(parts)
    del parts["xl/worksheets/sheet5.xml"]
    parts["xl/workbook.xml"] = re.sub(rb'<sheet name="attache-manifest"[^>]*/>', b"", parts["xl/workbook.xml"])
    parts["xl/_rels/workbook.xml.rels"] = re.sub(rb'<Relationship Id="rId7"[^>]*/>', b"",
                                                 parts["xl/_rels/workbook.xml.rels"])
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b'<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"'
        b' PartName="/xl/worksheets/sheet5.xml"/>', b"")
    return parts


xlsx("xlsx-manifest-removed.xlsx", without_manifest(PARTS))
xlsx("xlsx-manifest-path-escapes.xlsx", edited(**{STRINGS: lambda s: s.replace(
    "<t>base.en-ru.xlf</t>", "<t>../../../tmp/attache-escape.xlf</t>", 1)}))
xlsx("xlsx-manifest-absolute-path.xlsx", edited(**{STRINGS: lambda s: s.replace(
    "<t>base.en-ru.xlf</t>", "<t>/tmp/attache-absolute.xlf</t>", 1)}))
xlsx("xlsx-no-shared-strings-part.xlsx", edited(**{STRINGS: None}))
xlsx("xlsx-formula-errors.xlsx", edited(**{SHEET: lambda s: re.sub(
    r'<c r="D(\d+)" s="5" t="s"><v>59</v></c>', r'<c r="D\1" s="5" t="e"><f>1/0</f><v>#DIV/0!</v></c>', s)}))
xlsx("xlsx-error-value-typed-as-number.xlsx", edited(**{SHEET: lambda s: re.sub(
    r'<c r="D(\d+)" s="5" t="s"><v>59</v></c>', r'<c r="D\1" s="5"><f>1/0</f><v>#DIV/0!</v></c>', s)}))


def many_sheets(parts, count=2000):
    parts = dict(parts)
    blank = (b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet '
             b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>')
    sheets, rels, types = [], [], []
    for i in range(count):
        parts["xl/worksheets/extra%d.xml" % i] = blank
        sheets.append(b'<sheet name="extra%d" r:id="rX%d" sheetId="%d"/>' % (i, i, 100 + i))
        rels.append(b'<Relationship Id="rX%d" Target="worksheets/extra%d.xml" '
                    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>' % (i, i))
        types.append(b'<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet'
                     b'+xml" PartName="/xl/worksheets/extra%d.xml"/>' % i)
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b"<sheets>", b"<sheets>" + b"".join(sheets), 1)
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b"".join(rels) + b"</Relationships>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", b"".join(types) + b"</Types>")
    return parts


xlsx("xlsx-thousands-of-sheets.xlsx", many_sheets(PARTS))
# a zip bomb: 200 MB of one repeated byte in the shared strings, compressed to about 200 kB
bomb = dict(PARTS)
bomb["xl/sharedStrings.xml"] = PARTS["xl/sharedStrings.xml"].replace(
    b"<t>format-version</t>", b"<t>format-version" + b"A" * (200 * 1024 * 1024) + b"</t>", 1)
xlsx("xlsx-zip-bomb.xlsx", bomb)
write("xlsx-renamed-text.xlsx", "This is a plain text file with an .xlsx name.\n")
write("xlsx-empty.xlsx", b"")
write("xlsx-renamed-pdf.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
zip_only = io.BytesIO()
with zipfile.ZipFile(zip_only, "w") as z:
    z.writestr(zipfile.ZipInfo("hello.txt", date_time=(2026, 11, 30, 0, 0, 0)), "not a workbook")
write("xlsx-plain-zip.xlsx", zip_only.getvalue())
