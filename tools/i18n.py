"""Update the translation sources from the code and build the shipped catalogues.

    python tools/i18n.py update    # pyside6-lupdate: facilitator/**/*.py -> assets/i18n/*.ts
    python tools/i18n.py release   # pyside6-lrelease: assets/i18n/*.ts -> *.qm
    python tools/i18n.py check     # fail when a Danish entry is unfinished
    python tools/i18n.py merge OTHER.ts ...  # fill unfinished entries from other catalogues

Translations are edited in the .ts files (Qt Linguist, or by hand); the .qm
files are built from them and shipped in the package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "assets" / "i18n"
#: Danish is a full catalogue; English only carries the plural forms, since the
#: source texts are English.
LANGUAGES = ("da", "en")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Every Python file that shows words to the user."""
    files = sorted((ROOT / "facilitator" / "ui").rglob("*.py"))
    # The slide sources say why they cannot follow a show (context "SlideSources").
    files += sorted((ROOT / "facilitator" / "slides").glob("*.py"))
    # messages_text.py carries core's messages (context "CoreMessages").
    return [*files, ROOT / "facilitator" / "app.py", ROOT / "facilitator" / "app_slides.py",
            ROOT / "facilitator" / "resume_offers.py",
            ROOT / "facilitator" / "messages_text.py"]


def update() -> None:
    for language in LANGUAGES:
        target = I18N / f"facilitator_{language}.ts"
        plural_only = ["-pluralonly"] if language == "en" else []
        subprocess.run([_tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete",
                        "-locations", "none",  # no line numbers: fewer merge conflicts
                        *plural_only, "-target-language", language, "-ts", str(target)],
                       check=True)


def release() -> None:
    for language in LANGUAGES:
        source = I18N / f"facilitator_{language}.ts"
        subprocess.run([_tool("pyside6-lrelease"), str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True)


def unfinished(ts_file: Path) -> list[str]:
    """Source texts whose translation is missing, empty or marked unfinished."""
    problems = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                "obsolete"):
            problems.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            problems.append(source)
    return problems


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return all(t.strip() for t in texts)


def merge(others: list[Path]) -> int:
    """Fill each catalogue's unfinished entries from *others*, matched by (context, source).

    After a merge of two branches that both changed the catalogues: take one
    side's .ts, run ``update``, then ``merge`` the other side's .ts files (kept
    with ``git show``) so that no translation written on either side is lost.
    """
    known: dict[tuple[str, str, str], ET.Element] = {}
    for other in others:
        root = ET.parse(other).getroot()
        language = root.get("language", "")
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                if _translated(message):
                    known.setdefault((language, name, message.findtext("source") or ""),
                                     message.find("translation"))
    filled = 0
    for language in LANGUAGES:
        target = I18N / f"facilitator_{language}.ts"
        tree = ET.parse(target)
        before = filled
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                found = known.get((tree.getroot().get("language", ""), name, source))
                if found is None or _translated(message):
                    continue
                if (message.get("numerus") == "yes") != bool(found.findall("numerusform")):
                    continue
                old = message.find("translation")
                index = list(message).index(old) if old is not None else len(message)
                if old is not None:
                    message.remove(old)
                copy = ET.fromstring(ET.tostring(found))
                copy.tail = old.tail if old is not None else None
                message.insert(index, copy)
                filled += 1
        if filled > before:
            tree.write(target, encoding="utf-8", xml_declaration=True)
    if filled:
        update()  # lupdate writes the catalogues back in its own layout
    print(f"filled {filled} entries")
    return 0


def check() -> int:
    status = 0
    for language in LANGUAGES:
        ts_file = I18N / f"facilitator_{language}.ts"
        for source in unfinished(ts_file):
            print(f"{ts_file}: unfinished: {source!r}")
            status = 1
    return status


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        return check()
    elif command == "merge" and len(argv) > 2:
        return merge([Path(a) for a in argv[2:]])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
