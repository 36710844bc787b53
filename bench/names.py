"""Pools of realistic values for generated registries: francophone West African names, places,
organisations. Weights make a few names very common, as they are in Niger and Mali."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FAMILY_NAMES = _words(
    "DIALLO TRAORÉ KEITA COULIBALY ISSOUFOU MAHAMADOU OUSMANE SANGARÉ GUIDIMEY TOURÉ MAÏGA CISSÉ "
    "DIARRA KONATÉ SIDIBÉ DEMBÉLÉ KONÉ SACKO DOUMBIA CAMARA SOW BA BARRY DICKO KANTÉ FOFANA "
    "SISSOKO DIAKITÉ BALLO BAGAYOKO TANGARA SAMAKÉ MARIKO HAÏDARA TALL NIANG SYLLA KOUYATÉ "
    "ABDOULAYE ALI AMADOU HAMANI IBRAHIM ISSA MOUMOUNI OUMAROU SALEY SEYNI YACOUBA ZAKARI "
    "BOUBACAR HASSANE IDRISSA GARBA MOUSSA ABDOU ADAMOU ALHASSANE BOUBE DJIBO HAROUNA "
    "KIMBA MAMANE SOUMANA TAHIROU ZIBO ILLIA LAOUALI NOUHOU GAOH BAKO DAOUDA ELHADJI "
    "HALIDOU INOUSSA KARIMOU MAIGARI NAYAYA OUSSEINI RABIOU SABO SANI TINNI WAZIRI YAHAYA "
    "DOUMBOUYA KAMISSOKO DIABATÉ KOUMARÉ SINAYOKO TOGOLA DJIRÉ GAKOU NIAMBÉLÉ POUDIOUGOU "
    "GUINDO DOLO KASSOGUÉ TEMBELY ONGOÏBA TAPILY KODIO ARAMA YALCOUYÉ SANOGO OUATTARA BERTHÉ "
    "DAGNOKO KOÏTA N'DIAYE SY THIAM FALL GUÈYE NDAO SAGARA SALL KANOUTÉ TIMBINÉ"
)

FEMALE_GIVEN = _words(
    "Aïssata Mariam Fatoumata Aminata Kadidiatou Rahamatou Hadiza Zeinabou Salamatou Balkissa "
    "Haoua Habsatou Ramatou Safiatou Mariama Oumou Assétou Kadiatou Djénéba Nana Awa Binta "
    "Fanta Korotoumou Maïmouna Ramata Sali Hawa Sira Kani Nafissatou Hadjara Fati Bibata "
    "Roukiatou Halima Saratou Zalika Mounkaïla Ouma Hamsatou Sabiou Delphine Hélène Béatrice "
    "Geneviève Joséphine Clémence Aïcha Rokia Oumoulkhairy Aïchatou Sadia Laouré Fourératou"
)

MALE_GIVEN = _words(
    "Ibrahim Moussa Célestin Amadou Issa Oumarou Abdoulaye Boubacar Hamidou Mahamane Souleymane "
    "Adamou Hassane Ali Idrissa Mamadou Modibo Bakary Seydou Sékou Lassana Drissa Siaka Bréhima "
    "Yacouba Moctar Cheick Tiémoko Adama Salif Daouda Abdoul Karim Harouna Aboubacar Ousmane "
    "Issoufou Mahamadou Hamadou Habibou Saïdou Ismaël Élisée Théophile Frédéric Noël Rémi "
    "Zakari Amadou Garba Sani Yahaya Djibrilla Nouhou Siddo Alassane Mahaman Aboubakar Kalilou"
)

NE_REGIONS = _words("Niamey Tillabéri Tahoua Dosso Maradi Zinder Diffa Agadez")
ML_REGIONS = _words("Bamako Kayes Koulikoro Sikasso Ségou Mopti Tombouctou Gao Kidal Ménaka")

NE_CITIES = ("Niamey", "Tillabéri", "Tahoua", "Dosso", "Maradi", "Zinder", "Diffa", "Agadez")
ML_CITIES = ("Bamako", "Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti", "Gao", "Tombouctou")

VENUES = (
    "Hôtel Radisson",
    "Centre de conférences",
    "Salle de réunion du Gouvernorat",
    "École de maintien de la paix",
    "Maison de la presse",
    "Hôtel de ville",
    "Palais des congrès",
    "Bureau régional",
)

# (name, acronym, category) patterns; "{place}" becomes a region so the pool has hundreds.
ORGANISATION_PATTERNS = (
    ("Commission de défense et de sécurité", "CDS", "parliament"),
    ("Commission nationale des droits de l'homme", "CNDH", "oversight"),
    ("Médiateur de la République", None, "oversight"),
    ("Ministère de la Défense nationale", "MDN", "government"),
    ("Ministère de la Sécurité et de la Protection civile", None, "government"),
    ("Ministère de la Justice", None, "justice"),
    ("Gendarmerie nationale de {place}", None, "fds"),
    ("Police nationale de {place}", None, "fds"),
    ("Garde nationale de {place}", None, "fds"),
    ("Tribunal de grande instance de {place}", "TGI", "justice"),
    ("Gouvernorat de {place}", None, "local_authority"),
    ("Mairie de {place}", None, "local_authority"),
    ("Conseil régional de {place}", None, "local_authority"),
    ("Chefferie traditionnelle de {place}", None, "traditional"),
    ("Association islamique de {place}", None, "traditional"),
    ("Radio communautaire de {place}", None, "media"),
    ("Réseau des journalistes de {place}", None, "media"),
    ("Association des femmes de {place}", None, "civil_society"),
    ("Réseau des jeunes pour la paix de {place}", None, "civil_society"),
    ("Observatoire citoyen de {place}", None, "civil_society"),
    ("Université de {place}", None, "academia"),
    ("Chambre de commerce de {place}", "CCI", "private_sector"),
)

INTERNATIONAL = (
    ("Mission des Nations unies", "MINUSMA", "international"),
    ("Programme des Nations unies pour le développement", "PNUD", "international"),
    ("Union européenne", "UE", "international"),
)

POSITIONS = (
    "Député",
    "Commissaire",
    "Conseiller technique",
    "Chef de service",
    "Commandant de brigade",
    "Commissaire de police",
    "Juge",
    "Greffier",
    "Journaliste",
    "Présidente",
    "Secrétaire général",
    "Chef de village",
    "Imam",
    "Enseignant-chercheur",
    "Chargé de programme",
    "Maire",
    "Chargée de communication",
)

TITLE_TOPICS = (
    "la gouvernance du secteur de la sécurité",
    "la gestion des ressources du secteur de la sécurité",
    "le contrôle parlementaire des forces de défense et de sécurité",
    "les droits humains et la sécurité",
    "le rôle des autorités traditionnelles dans la prévention des conflits",
    "le guide de reportage sur le secteur de la sécurité",
    "la prolifération des armes légères",
    "la médiation institutionnelle et communautaire",
    "la redevabilité des forces de sécurité",
    "la participation des femmes et des jeunes à la sécurité",
)

KIND_TITLES = {
    "workshop": "Atelier sur {topic}",
    "training": "Formation sur {topic}",
    "seminar": "Séminaire sur {topic}",
    "symposium": "Colloque national sur {topic}",
    "meeting": "Réunion du comité consultatif de sécurité",
    "conference": "Conférence régionale sur {topic}",
    "forum": "Forum citoyen sur {topic}",
    "restitution": "Restitution de l'étude sur {topic}",
    "consultation": "Consultation sur {topic}",
    "field_visit": "Visite de terrain : {topic}",
    "other": "Activité sur {topic}",
}
