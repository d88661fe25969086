#!/usr/bin/python3
"""Fills a translator worksheet in LibreOffice Calc as a translator would, then saves it as .xlsx.

usage: fill_worksheet.py IN.xlsx OUT.xlsx EDITS.tsv

EDITS.tsv has one edit a line: the row's ID, the column's header ("Target (ru)", "Status", "Comment",
"Source (en)"), and the text to type, with backslash escapes \\n, \\t and \\\\. Each edit moves the cursor to the
cell (.uno:GoToCell) and types the text there (.uno:EnterString), the way Calc's macro recorder records typing:
Calc's input handling applies, so the cell's number format, the sheet protection and the validation all act as
they do for a person at the keyboard. Prints one line per edit: the ID, the column, and what the cell then holds;
then what the Progress sheet shows, whether each Target cell's missing-term warning is on (as Calc evaluates
the rule), and what the Progress sheet shows once everything is recalculated.

Runs its own headless soffice with a private profile in a temporary directory and ends it, whatever happens.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def read_edits(path):
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line:
                row_id, column, text = line.split("\t", 2)
                yield row_id, column, unescape(text)


def start_office(profile, pipe):
    return subprocess.Popen(
        ["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
         "--nologo", "--norestore", "--nodefault", "--nolockcheck",
         "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def connect(pipe, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except NoConnectException:
            if time.time() > deadline or office.poll() is not None:
                raise RuntimeError("soffice did not start")
            time.sleep(0.5)


def find_columns(sheet):
    columns = {}
    for c in range(0, 64):
        header = sheet.getCellByPosition(c, 0).getString()
        if header:
            columns[header] = c
    return columns


def find_rows(sheet, id_column):
    rows = {}
    used = sheet.createCursor()
    used.gotoEndOfUsedArea(False)
    for r in range(1, used.getRangeAddress().EndRow + 1):
        row_id = sheet.getCellByPosition(id_column, r).getString()
        if row_id:
            rows[row_id] = r
    return rows


def report_progress(doc, kind):
    """Prints what the Progress sheet shows: the kind of report, then per measure its label and value."""
    progress = doc.Sheets.getByName("Progress")
    for r in range(1, 64):
        label = progress.getCellByPosition(0, r).getString()
        if label:
            print("%s\t%s\t%s" % (kind, label, progress.getCellByPosition(1, r).getString()))


def report_chart(doc, kind):
    """Prints the bars of the Progress sheet's chart as Calc draws them: the kind of report, each category, its value."""
    chart = doc.Sheets.getByName("Progress").getCharts().getByIndex(0).getEmbeddedObject()
    data = chart.getData()
    categories = data.getRowDescriptions()
    for category, values in zip(categories, data.getData()):
        print("%s\t%s\t%g" % (kind, category, values[0]))


def report_warnings(doc, sheet, columns, rows):
    """Prints, per row that has a missing-term check, whether Calc's own evaluation of the warning's rule on its
    Target cell is 1 (on).

    The rule is the one on the Target column that reads the hidden "Terms missing" column, where each row that
    expects terms has its check as a formula. The rule's formula is entered in a scratch sheet in the row of the
    rule's first cell and copied to the rows of its other cells, so that Calc moves its relative row reference as it
    does for the rule; its column reference is pointed at the translation sheet.
    """
    target_column = next(c for h, c in columns.items() if h.startswith("Target"))
    check_column = columns["Terms missing"]
    letter = "$" + chr(ord("A") + check_column)
    ids = {r: row_id for row_id, r in rows.items()}
    doc.Sheets.insertNewByName("attache-scratch", doc.Sheets.getCount())
    scratch = doc.Sheets.getByName("attache-scratch")
    try:
        for conditional in sheet.getPropertyValue("ConditionalFormats").getConditionalFormats():
            areas = conditional.getPropertyValue("Range").getRangeAddresses()
            first = min(area.StartRow for area in areas)
            for i in range(conditional.getCount()):
                formula = conditional.getByIndex(i).getPropertyValue("Formula1")
                if letter in formula and all(area.StartColumn == target_column for area in areas):
                    origin = scratch.getCellByPosition(0, first)
                    origin.setFormula("=" + formula.replace(letter, "$'%s'.%s" % (sheet.getName(), letter)))
                    for row in sorted(r for area in areas for r in range(area.StartRow, area.EndRow + 1)):
                        probe = scratch.getCellByPosition(0, row)
                        if row != first:
                            scratch.copyRange(probe.getCellAddress(), origin.getRangeAddress())
                        if row in ids and sheet.getCellByPosition(check_column, row).getFormula():
                            # a copy shows TRUE or FALSE: its value is what Calc decided (an error, its text)
                            shown = probe.getString() if probe.getError() else "%d" % probe.getValue()
                            print("warning\t%s\t%s" % (ids[row], shown))
    finally:
        doc.Sheets.removeByName("attache-scratch")


def fill(desktop, ctx, source, target, edits):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                       (prop("Hidden", True),))
    try:
        controller = doc.getCurrentController()
        frame = controller.getFrame()
        dispatcher = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        sheet = next(doc.Sheets.getByIndex(i) for i in range(doc.Sheets.getCount())
                     if doc.Sheets.getByIndex(i).getName().startswith("en-"))
        controller.setActiveSheet(sheet)
        columns = find_columns(sheet)
        rows = find_rows(sheet, columns["ID"])
        for row_id, column, text in edits:
            cell = sheet.getCellByPosition(columns[column], rows[row_id])
            address = cell.getPropertyValue("AbsoluteName")
            dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", address),))
            dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (prop("StringName", text),))
            kind = cell.getType().value
            shown = cell.getString().replace("\\", "\\\\").replace("\n", "\\n")
            print("%s\t%s\t%s\t%s\t%s" % (row_id, column, kind, cell.getFormula().replace("\n", "\\n"), shown))
        report_progress(doc, "progress-shown")
        report_chart(doc, "chart-shown")
        report_warnings(doc, sheet, columns, rows)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                       (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
        doc.calculateAll()
        report_progress(doc, "progress-recalculated")
    finally:
        doc.close(True)


def main():
    source, target, edits = sys.argv[1], sys.argv[2], list(read_edits(sys.argv[3]))
    profile = tempfile.mkdtemp(prefix="attache-lo-profile-")
    pipe = "attache_fill_%d" % os.getpid()
    office = start_office(profile, pipe)
    try:
        ctx = connect(pipe, office)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        try:
            fill(desktop, ctx, source, target, edits)
        finally:
            try:
                desktop.terminate()
            except Exception:  # the office may already be gone; it is ended below in any case
                pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
