"""Loading Qt translations: the app's own catalogue and Qt's for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import i18n_dir

__all__ = ["pick_language", "install_translators", "LANGUAGES"]

LANGUAGES = ("da", "en")


def pick_language(wanted: str | None, system: QLocale | None = None) -> str:
    """The interface language: the one asked for, else the system's if we speak it."""
    if wanted in LANGUAGES:
        return str(wanted)
    name = (system or QLocale.system()).name().lower()
    return "da" if name.startswith(("da", "nb", "nn", "no")) else "en"


def install_translators(app: QCoreApplication, wanted: str | None) -> str:
    """Install the catalogues for the chosen language; returns the language used."""
    language = pick_language(wanted)
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da"
                               else QLocale.Language.English))
    translators = []
    with i18n_dir() as folder:
        own = QTranslator(app)
        if own.load(str(folder / f"facilitator_{language}.qm")):
            translators.append(own)
    if language == "en":
        # The English catalogue carries only plural forms; Qt's own is not needed.
        for translator in translators:
            app.installTranslator(translator)
        return language
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return language
