#!/usr/bin/env python3
"""Checks that a translation catalogue is complete and current.

    check_translations.py LUPDATE SOURCE_DIR CATALOGUE.ts [--plural-only]

Runs lupdate over ui/ and app/ into a scratch copy of the catalogue, then fails when a string in
the code has no finished translation, or when a translation drops or adds a placeholder (%1, %n).
With --plural-only, the catalogue holds only the strings with a count (English's plural forms).
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def main():
    lupdate, source_dir, catalogue = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    extra = ["-pluralonly"] if "--plural-only" in sys.argv[4:] else []
    with tempfile.TemporaryDirectory() as scratch:
        current = Path(scratch) / catalogue.name
        shutil.copy(catalogue, current)
        subprocess.run([lupdate, "-no-obsolete", *extra, "-locations", "none", "-I", str(source_dir),
                        str(source_dir / "ui"), str(source_dir / "app"), "-ts", str(current)],
                       check=True, capture_output=True)
        problems = []
        messages = 0
        for context in ET.parse(current).getroot().iter("context"):
            name = context.find("name").text
            for message in context.iter("message"):
                messages += 1
                source = message.find("source").text or ""
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
                    problems.append(f"{name}: untranslated: {source!r}")
                    continue
                for form in forms:
                    if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                        problems.append(f"{name}: placeholders differ: {source!r} -> {form!r}")
    for p in problems:
        print(p)
    print(f"{catalogue.name}: {messages} messages, {len(problems)} problems")
    return 1 if problems or messages == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
