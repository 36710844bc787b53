"""The "Read me" sheet of the HQ workbook, in the exporting user's language."""

from __future__ import annotations

from desktop_app.sync.format import SHEETS

_ENGLISH = (
    "Registre: workbook for synchronisation with HQ",
    "This workbook was written by Registre. A person can read it; Registre at HQ (or in another "
    "office) imports it to merge its records.",
    "Manifest: who wrote the workbook, when, and how many rows each sheet holds.",
    *(sheet.description_en for sheet in SHEETS),
    "A sheet longer than a spreadsheet allows continues on a second sheet of the same name "
    "followed by 2, 3...",
    "The columns ID, Deleted, Origin site, Revision, Changed at and Changed by site let Registre "
    "tell new, updated, older and conflicting versions apart: do not change them.",
    "You may sort, filter, add columns and save the workbook again: Registre finds its columns "
    "by their header, in English or French. Columns named '... ID' point to other records.",
    "Dates are real date cells; times are UTC. Labels (kind, category, role, sex) are "
    "written in the exporter's language; both languages are understood on import.",
)

_FRENCH = (
    "Registre : classeur de synchronisation avec le siège",
    "Ce classeur a été écrit par Registre. Il se lit tel quel ; Registre au siège (ou dans un "
    "autre bureau) l'importe pour fusionner ses fiches.",
    "Manifeste : qui a écrit le classeur, quand, et combien de lignes compte chaque feuille.",
    *(sheet.description_fr for sheet in SHEETS),
    "Une feuille plus longue que ce qu'un tableur permet continue sur une deuxième feuille du "
    "même nom suivi de 2, 3…",
    "Les colonnes Identifiant, Supprimé, Site d'origine, Révision, Modifié le et Modifié par le "
    "site permettent à Registre de distinguer versions nouvelles, modifiées, plus anciennes et "
    "en conflit : ne les modifiez pas.",
    "Vous pouvez trier, filtrer, ajouter des colonnes et réenregistrer le classeur : Registre "
    "retrouve ses colonnes par leur en-tête, en français ou en anglais. Les colonnes "
    "« Identifiant de … » désignent d'autres fiches.",
    "Les dates sont de vraies cellules de date ; les heures sont en UTC. Les libellés (type, "
    "catégorie, rôle, sexe) sont dans la langue de l'exportateur ; les deux langues sont "
    "comprises à l'import.",
)


def readme_lines(language: str) -> tuple[str, ...]:
    return _FRENCH if language.startswith("fr") else _ENGLISH
