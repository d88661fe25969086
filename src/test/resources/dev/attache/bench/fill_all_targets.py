#!/usr/bin/python3
"""Fills EVERY target of a translator worksheet in LibreOffice Calc, for the benchmark, and saves it as .xlsx.

usage: fill_all_targets.py IN.xlsx OUT.xlsx

A third-party writer does what a translator's spreadsheet does: Calc loads the worksheet headless, finds the
translation sheet (en-<lang>) and its "ID", "Source (en)", "Target (<lang>)" and "Status" columns by the header
row, reads the Source column in one getDataArray, writes every data row's target in one setDataArray on the
Target column (the source between "«" and "» [<lang>]", deterministic) and "Translated" in the Status column
likewise, reads both columns back to check that they took, and stores the file with the filter
"Calc MS Excel 2007 XML". Rows without an ID are left alone. API writes on unlocked cells are not stopped by sheet
protection (the Target and Status columns are unlocked); should the sheet refuse them, it is unprotected with the
empty password and protected again. As a macro would, it locks the controllers and turns automatic calculation
off while writing, and does not turn it on again: the stored Progress sheet keeps the figures it had (import does
not read them). Calc still spends about a millisecond per cell in setDataArray (the sheet has a conditional format
per row), so 59,000 rows take minutes.

Prints one line: rows filled, and the seconds spent loading, filling and storing.
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
from com.sun.star.table import CellRangeAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


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


def header_columns(sheet):
    row = sheet.getCellRangeByPosition(0, 0, 63, 0).getDataArray()[0]
    return {str(h): c for c, h in enumerate(row) if h}


def column(sheet, c, last_row):
    return sheet.getCellRangeByPosition(c, 1, c, last_row)


def fill_sheet(sheet):
    columns = header_columns(sheet)
    target_header = next(h for h in columns if h.startswith("Target ("))
    language = target_header[len("Target ("):-1]
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_row = cursor.getRangeAddress().EndRow
    ids = [r[0] for r in column(sheet, columns["ID"], last_row).getDataArray()]
    sources = [r[0] for r in column(sheet, columns["Source (en)"], last_row).getDataArray()]
    old_targets = column(sheet, columns[target_header], last_row).getDataArray()
    old_status = column(sheet, columns["Status"], last_row).getDataArray()
    targets = tuple((("«%s» [%s]" % (s, language)) if i else t[0],) for i, s, t in zip(ids, sources, old_targets))
    status = tuple(("Translated" if i else s[0],) for i, s in zip(ids, old_status))
    column(sheet, columns[target_header], last_row).setDataArray(targets)
    column(sheet, columns["Status"], last_row).setDataArray(status)
    if column(sheet, columns[target_header], last_row).getDataArray() != targets:
        raise RuntimeError("the sheet %s did not take the targets" % sheet.getName())
    return sum(1 for i in ids if i)


def fill(desktop, source, target):
    started = time.time()
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                       (prop("Hidden", True),))
    try:
        loaded = time.time()
        sheet = next(doc.Sheets.getByIndex(i) for i in range(doc.Sheets.getCount())
                     if doc.Sheets.getByIndex(i).getName().startswith("en-"))
        # as a macro would: no screen updates and no recalculation while the columns are written
        doc.lockControllers()
        doc.addActionLock()
        doc.enableAutomaticCalculation(False)
        try:
            try:
                rows = fill_sheet(sheet)
            except Exception:
                if not sheet.isProtected():
                    raise
                sheet.unprotect("")
                rows = fill_sheet(sheet)
                sheet.protect("")
        finally:
            doc.removeActionLock()
            doc.unlockControllers()
        filled = time.time()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                       (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
        stored = time.time()
        print("filled %d rows of %s: load %.1f s, fill %.1f s, store %.1f s"
              % (rows, sheet.getName(), loaded - started, filled - loaded, stored - filled))
    finally:
        doc.close(True)


def main():
    source, target = sys.argv[1], sys.argv[2]
    profile = tempfile.mkdtemp(prefix="attache-lo-profile-")
    pipe = "attache_bench_%d" % os.getpid()
    office = start_office(profile, pipe)
    try:
        ctx = connect(pipe, office)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        try:
            fill(desktop, source, target)
        finally:
            try:
                desktop.terminate()
            except Exception:  # the office may already be gone; it is ended below in any case
                pass
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
