import type { Messages } from './en';

/** Messages in fr; every key of en.ts, with the same placeholders. */
export const fr: Messages = {
  'app.title': 'Soumission des cartes nationales pour les cartes mondiales des sols du PMS',
  'app.subtitle': 'Partenariat mondial sur les sols de la FAO',
  'app.loading': 'Chargement des données…',
  'app.skip': 'Aller au contenu',
  'common.labelled': '{label} : {value}',
  'note.more': 'Tout lire',
  'note.less': 'Réduire',

  'status.submitted': 'Soumise',
  'status.in_preparation': 'En préparation',
  'status.not_submitted': 'Non soumise',
  'status.not_applicable': 'Sans objet',
  'status.no_information': 'Sans information',
  'status.outside': 'Hors région',

  'controls.product': 'Produit cartographique',
  'controls.region': 'Région',
  'controls.change': 'Modifier',
  'controls.close': 'Fermer',
  'controls.asOf': 'Situation au',
  'controls.asOfLatest': 'La plus récente ({date})',
  'controls.regionGroup.partnership': 'Partenariats',
  'controls.regionGroup.world': 'Monde',
  'controls.regionGroup.un-region': 'Régions',
  'controls.regionGroup.un-subregion': 'Sous-régions',

  'region.fallback': 'Tous les pays',
  'region.fallbackSource': 'Tous les pays figurant sur la carte ou dans les enregistrements',

  'search.label': 'Rechercher un pays',
  'search.placeholder': 'Nom ou code, p. ex. Népal ou NPL',
  'search.none': 'Aucun pays ne correspond à « {query} »',
  'search.results': '{count, plural, one {# pays trouvé} many {# pays trouvés} other {# pays trouvés}}',

  'legend.title': 'Légende',
  'legend.heading': '{product} : {region}, au {date}',
  'legend.total':
    '{count, plural, one {# pays dans la région} many {# pays dans la région} other {# pays dans la région}}',

  'map.label': 'Carte de l’état des soumissions {product}, {region}',
  'map.tooltipNoRecord': 'Aucun enregistrement',
  'map.disclaimer':
    'Les frontières et les noms indiqués ainsi que les appellations employées sur cette carte n’impliquent de la part de la FAO aucune prise de position quant au statut juridique des pays, territoires, villes ou zones ou de leurs autorités, ni quant au tracé de leurs frontières ou limites. Frontières : Natural Earth.',
  'map.panLabel': 'Déplacer et zoomer la carte',
  'map.twoFingers': 'Utilisez deux doigts pour déplacer la carte',
  'map.panHint':
    'Les touches fléchées déplacent la carte, + et − zooment et dézooment. Tab passe à ses pays.',
  'map.countriesLabel':
    'Pays de la carte : les touches fléchées vont au pays le plus proche dans ce sens, Entrée l’ouvre.',
  'map.zoomRegion': 'Zoomer sur la région',
  'map.failed': 'La carte n’a pas pu être affichée : {reason}',

  'panel.close': 'Fermer',
  'panel.regionsLine': 'Régions : {regions}',
  'panel.noRegion': 'Dans aucune des régions chargées',
  'panel.history': 'Historique',
  'panel.source': 'Source',
  'panel.note': 'Note',
  'panel.since': 'depuis le {date}',
  'panel.contact': 'Contact',
  'panel.notUn': 'N’est pas un État Membre de l’ONU',

  'charts.title': 'Avancement',
  'charts.byProduct': 'Situation par produit, {region}',
  'charts.overTime': 'Pays ayant soumis leur carte au fil du temps, {region}',
  'charts.overTimeEmpty': 'Aucun enregistrement jusqu’à cette date.',
  'charts.byRegion': '{product} : part des cartes soumises par région',
  'charts.byRegionHidden':
    '{count, plural, one {# région sans enregistrement {product} n’est pas affichée.} many {# régions sans enregistrement {product} ne sont pas affichées.} other {# régions sans enregistrement {product} ne sont pas affichées.}}',
  'progress.ofWord': '{done, number} sur {total, number} {word}',
  'progress.doneWord': 'achevés',
  'a11y.count.status': '{status} : {count, number}',
  'changes.headlineWord':
    '{count, plural, =0 {Aucun pays} one {# pays} many {# pays} other {# pays}} {word} depuis le {date} ({product})',
  'charts.submittedOf': '{submitted} sur {total} cartes soumises',
  'charts.notExpected':
    '{count, plural, one {# pays non compté (rien n’est attendu)} many {# pays non comptés (rien n’est attendu)} other {# pays non comptés (rien n’est attendu)}}',
  'charts.notApplicable':
    '{count, plural, one {# pays non compté (sans objet)} many {# pays non comptés (sans objet)} other {# pays non comptés (sans objet)}}',
  'charts.tableCaption': 'Données du graphique',

  'notice.unknownProduct': 'Il n’y a pas de produit « {value} » ; le produit affiché est {fallback}.',
  'notice.unknownRegion': 'Il n’y a pas de région « {value} » ; la région affichée est {fallback}.',
  'notice.unknownCountry': 'Il n’y a pas de pays « {value} » sur la carte.',
  'notice.unknownView': 'Il n’y a pas de vue « {value} » ; affichage de la vue d’ensemble.',
  'notice.unknownLang': 'La langue « {value} » n’est pas disponible ; affichage en anglais.',
  'notice.badDate':
    'La date « {value} » n’est pas une date valide au format YYYY-MM-DD ; affichage de la situation la plus récente.',
  'notice.futureAsOf':
    'La date « {value} » est postérieure à aujourd’hui ; affichage de la situation la plus récente.',
  'notice.dismiss': 'Fermer',
  'update.ready': 'Une nouvelle version du tableau de bord est disponible.',
  'update.reload': 'Recharger',
  'notice.svgMap':
    'Ce navigateur ne peut pas afficher la carte interactive WebGL ; une carte simplifiée est donc affichée, avec les mêmes couleurs et les mêmes chiffres.',

  'error.title': 'Certaines données n’ont pas pu être chargées',
  'error.sourceLeftOut': 'Ses enregistrements ne sont pas affichés ; ceux des autres sources le sont.',
  'error.retry': 'Réessayer',
  'error.not-found': '{file} est introuvable (404).',
  'error.http': '{file} : le serveur a répondu par le code {status}.',
  'error.timeout': '{file} n’a pas été reçu dans un délai de {seconds} secondes.',
  'error.network': '{file} n’a pas pu être récupéré : {detail}.',
  'error.address':
    '{file} ne peut pas être lu depuis {address} : seules les adresses https, ou celles de ce site, peuvent être lues.',
  'error.empty': '{file} est vide.',
  'error.html': '{file} est une page web et non un fichier de données.',
  'error.malformed': '{file} n’est pas un fichier JSON valide : {detail}.',
  'error.invalid': '{file} ne respecte pas le format attendu : {detail}.',
  'error.recordIssues':
    '{file} : {errors, plural, one {# ligne inutilisable} many {# lignes inutilisables} other {# lignes inutilisables}}, {warnings, plural, one {# avertissement} many {# avertissements} other {# avertissements}}.',
  'error.productIssues':
    '{file} : {errors, plural, one {# produit écarté} many {# produits écartés} other {# produits écartés}}, les autres sont affichés.',
  'error.fullReport': 'Voir le rapport complet',
  'error.noRecords': 'Sans enregistrements, tous les pays apparaissent comme « Sans information ».',
  'error.noBoundaries':
    'Sans les frontières, la carte ne peut pas être affichée ; les graphiques restent disponibles.',

  'lang.label': 'Langue',
  'theme.label': 'Couleurs',
  'theme.auto': 'Comme le système',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',
  'theme.contrast': 'Contraste élevé',

  'a11y.summary': '{product}, {region}, au {date} : {counts}.',
  'a11y.count.submitted':
    '{count, plural, one {# carte soumise} many {# cartes soumises} other {# cartes soumises}}',
  'a11y.count.in_preparation':
    '{count, plural, one {# carte en préparation} many {# cartes en préparation} other {# cartes en préparation}}',
  'a11y.count.not_submitted':
    '{count, plural, one {# carte non soumise} many {# cartes non soumises} other {# cartes non soumises}}',
  'a11y.count.not_applicable': '{count, plural, one {# sans objet} many {# sans objet} other {# sans objet}}',
  'a11y.count.no_information':
    '{count, plural, one {# sans information} many {# sans information} other {# sans information}}',

  'map.table.show': 'Afficher la carte sous forme de tableau',
  'map.table.hide': 'Masquer le tableau',
  'map.table.caption': '{product}, {region}, au {date} : statut de chaque pays',
  'map.table.country': 'Pays',
  'map.table.status': 'Statut',
  'map.table.date': 'Date de l’enregistrement',
  'map.table.note': 'Note',

  'nav.label': 'Vues',
  'nav.overview': 'Vue d’ensemble',
  'nav.outstanding': 'Cartes à fournir',
  'nav.country': 'Pays',
  'nav.present': 'Présenter',
  'nav.data': 'Données',

  'data.title': 'Fichiers de données',
  'data.filesCaption': 'Les fichiers de données et leur chargement',
  'data.file': 'Fichier',
  'data.state': 'État',
  'data.rows': 'Lignes',
  'data.warnings': 'Avertissements',
  'data.historyLost': 'Lignes d’historique perdues',
  'data.latest': 'Dernier enregistrement',
  'data.lastModified': 'Dernière modification',
  'data.errors': 'Lignes écartées',
  'data.state.loading': 'Chargement…',
  'data.state.ready': 'Chargé',
  'data.state.remote': 'Publié ailleurs : vérifié quand le site le lit',
  'data.state.absent': 'Non fourni (facultatif)',
  'data.state.copy': 'Copie du {date}, {time} (pas de connexion)',
  'data.recordsTitle': 'Enregistrements',
  'data.sourceDefault':
    'Affichage des enregistrements de ce site, tirés des fichiers d’enregistrements du tableau ci-dessus.',
  'data.sourceUrl': 'Affichage des enregistrements provenant de {url}.',
  'data.sourceFile':
    'Affichage de votre fichier « {name} », lu uniquement dans ce navigateur ; rien n’a été envoyé.',
  'data.fileKept':
    'Il est conservé dans ce navigateur et s’affiche de nouveau après un rechargement, jusqu’au retour aux enregistrements du site.',
  'data.backToSite': 'Revenir aux enregistrements du site',
  'data.open': 'Ouvrir un fichier d’enregistrements',
  'data.openHint':
    'Choisissez un fichier CSV ou un classeur Excel (.xlsx), ou déposez-le ici. Il est lu dans ce navigateur et n’est jamais envoyé.',
  'data.reading': 'Lecture du fichier…',
  'data.statuses.title': 'Ce que prend la colonne status, produit par produit',
  'data.statuses.written': 'Écrit dans le fichier',
  'data.statuses.shown': 'Affiché comme',
  'data.statuses.stage': 'Ce que cela signifie',
  'data.statuses.hint':
    'Un libellé dans l’une des six langues est aussi lu. Un pays sans enregistrement est affiché « Sans information » : toujours dû.',
  'stage.done': 'Achevé : compté dans « N sur M »',
  'stage.under_way': 'En cours : toujours dû',
  'stage.owed': 'Dû',
  'stage.not_expected': 'Non attendu : non compté',
  'data.downloadAll': 'Télécharger les données (.zip)',
  'data.template': 'Télécharger un modèle (CSV)',
  'data.report':
    'Rapport de validation ({count, plural, one {# problème} many {# problèmes} other {# problèmes}})',
  'data.noIssues': 'Toutes les lignes ont pu être utilisées.',
  'data.severity': 'Type',
  'data.line': 'Ligne',
  'data.column': 'Colonne',
  'data.value': 'Valeur',
  'data.reason': 'Motif',
  'data.error': 'Ligne écartée',
  'data.warning': 'Avertissement',
  'data.more': '… et {count} de plus.',

  'country.pick': 'Choisir un pays',
  'country.asOf': 'Situation au {date}',
  'country.glance': 'Statut pour chaque produit',
  'country.locator': 'Localisation : {country}',
  'country.link': 'Lien vers cette page',
  'country.copyLink': 'Copier le lien',
  'country.print': 'Imprimer',
  'panel.openPage': 'Ouvrir la page du pays',

  'next.label': 'Prochaine étape',
  'next.gsp': 'le Secrétariat du PMS',
  'next.submitted':
    'La carte nationale a été soumise. Pour toute correction ou mise à jour, contactez {contact}.',
  'next.in_preparation':
    'Finalisez la carte nationale et soumettez-la ; pour un appui technique, contactez {contact}.',
  'next.not_submitted':
    'Préparez et soumettez la carte nationale ; contactez {contact} pour obtenir les lignes directrices et un appui technique.',
  'next.not_applicable': 'Aucune carte nationale {product} n’est attendue de ce pays.',
  'next.no_information':
    'Le PMS n’a aucun enregistrement pour ce pays : informez {contact} de l’état d’avancement de la carte nationale.',

  'present.roledescription': 'diapositive',
  'present.slideLabel': 'Diapositive {n} sur {total} : {product}',
  'present.headline': '{submitted} sur {total} cartes soumises',
  'present.notApplicable':
    '{count, plural, one {# pays non compté (sans objet)} many {# pays non comptés (sans objet)} other {# pays non comptés (sans objet)}}',
  'present.previous': 'Précédente',
  'present.next': 'Suivante',
  'present.fullscreen': 'Plein écran',
  'present.exit': 'Quitter (Échap)',
  'present.refused':
    'Le navigateur n’a pas ouvert le plein écran de lui-même : les diapositives occupent donc la fenêtre (le bouton Plein écran le redemande). Touches : → ← Pg. préc./Pg. suiv., Espace, Échap.',
  'present.start': 'Présenter',

  'outstanding.title': 'Cartes encore à fournir : {region}, au {date}',
  'outstanding.country': 'Pays',
  'outstanding.region': 'Région',
  'outstanding.product': 'Produit',
  'outstanding.status': 'Statut',
  'outstanding.since': 'Depuis le',
  'outstanding.note': 'Note',
  'outstanding.deadline': 'Échéance',
  'outstanding.overdue': 'Retard',
  'outstanding.overdueBy':
    '{days, plural, one {En retard de # jour} many {En retard de # jours} other {En retard de # jours}}',
  'outstanding.overdueOnly': 'Seulement les cartes en retard',
  'outstanding.overdueCount': '{count, plural, one {# en retard} many {# en retard} other {# en retard}}',
  'legend.overdue':
    '{count, plural, one {# carte en retard sur l’échéance du {date}} many {# cartes en retard sur l’échéance du {date}} other {# cartes en retard sur l’échéance du {date}}}',
  'country.deadline': 'Échéance : {date}',
  'outstanding.focalPoint': 'Point focal',
  'outstanding.allProducts': 'Tous les produits',
  'outstanding.search': 'Rechercher par pays',
  'outstanding.count':
    '{count, plural, one {# carte encore à fournir} many {# cartes encore à fournir} other {# cartes encore à fournir}}',
  'outstanding.downloadCsv': 'Télécharger en CSV',
  'outstanding.caption': 'Cartes encore à fournir, une ligne par produit et par pays',
  'outstanding.emails':
    'Liste d’adresses électroniques ({count, plural, one {# adresse} many {# adresses} other {# adresses}})',
  'outstanding.noEmails': 'Aucune adresse électronique pour les pays affichés.',
  'outstanding.copy': 'Copier les adresses',
  'outstanding.copied': 'Copié',
  'outstanding.mailto': 'Écrire à tous (Cci)',
  'outstanding.mailSubject': 'Soumission de la carte nationale au Partenariat mondial sur les sols',

  'issue.empty-file': 'le fichier est vide',
  'issue.missing-columns':
    'colonne(s) manquante(s) : {columns}. Le fichier a {found} ; les enregistrements demandent {expected} (et peuvent avoir {optional}). {rows, plural, =0 {} one {Sa # ligne est écartée.} many {Ses # lignes sont écartées.} other {Ses # lignes sont écartées.}}',
  'issue.extra-columns': 'colonne(s) supplémentaire(s) ignorée(s) : {columns}',
  'issue.missing-product': 'produit manquant',
  'issue.unknown-product': 'produit inconnu',
  'issue.missing-country': 'pays manquant',
  'issue.unknown-country': 'pays inconnu',
  'issue.country-read-as': 'interprété comme {iso3}',
  'issue.missing-status': 'statut manquant',
  'issue.history-lost':
    'historique perdu : la ligne {line} du fichier précédent, {row}, n’y est plus telle quelle',
  'issue.unknown-status': 'statut inconnu ; {product} accepte {statuses}',
  'issue.status-no-information':
    '« Sans information » correspond à l’absence d’enregistrement : omettez la ligne',
  'issue.missing-date': 'date manquante',
  'issue.invalid-date':
    'date non valide : utilisez le format YYYY-MM-DD ou jour/mois/année, avec l’année sur quatre chiffres',
  'issue.future-date': 'date dans le futur : {date}',
  'issue.duplicate-elsewhere': 'doublon de la ligne {line} de {file} ; ligne ignorée',
  'issue.conflict-elsewhere':
    'en conflit avec la ligne {line} de {file} ({status}) ; les deux lignes sont écartées',
  'issue.invalid-site':
    'site.json n’est pas une liste de sources d’enregistrements ({detail}) ; records.csv est affiché',
  'issue.duplicate': 'doublon de la ligne {line} ; ligne ignorée',
  'issue.conflict': 'en conflit avec la ligne {line} ({status}) ; les deux lignes sont écartées',
  'issue.invalid-email': 'ce n’est pas une adresse électronique ; valeur écartée',
  'issue.line': 'ligne {line}',
  'issue.value': '{column} « {value} »',

  'figure.titleOwn': '{name} ({short}) : situation par pays',
  'figure.title': 'Soumission des cartes nationales : {name} ({short})',
  'figure.subtitle': '{region}, situation au {date}',
  'figure.subtitleSince': '{region}, situation au {date} ; entre parenthèses, l’évolution depuis le {since}',
  'figure.changed':
    '{count, plural, one {# pays a changé} many {# pays ont changé} other {# pays ont changé}} depuis le {date}',
  'figure.source': 'Source : {sources}',
  'figure.noSource': 'Source : aucun enregistrement pour ce produit et cette région jusqu’à cette date.',
  'figure.downloadSvg': 'Télécharger en SVG',
  'figure.downloadPng': 'Télécharger en PNG',
  'figure.downloadGif': 'Télécharger l’historique en GIF',
  'figure.gifProgress': 'Création du GIF : {done} dates sur {total}…',
  'figure.exporting': 'Préparation de la figure…',
  'figure.failed': 'La figure n’a pas pu être créée : {reason}',

  'footer.source':
    'Source des données par défaut : Rapport de la septième réunion du Partenariat asiatique sur les sols, 9 et 10 mars 2022 (ASP-VII/22/Report).',
  'footer.updated': 'Enregistrements mis à jour le {date}.',
  'footer.otherSource':
    'Enregistrements affichés : {file}. La source de chaque enregistrement est indiquée avec celui-ci.',

  // What changed since a date
  'nav.changes': 'Évolutions',
  'notice.badSince':
    'La date « {value} » à partir de laquelle afficher les évolutions n’est pas une date valide antérieure ou égale à aujourd’hui ; aucune évolution n’est affichée.',
  'changes.since': 'Évolutions depuis le',
  'changes.sinceDefault': 'Date d’enregistrement précédente ({date})',
  'changes.sinceNotBefore':
    'Les évolutions depuis le {value} ne peuvent pas être affichées : choisissez une date antérieure au {date}.',
  'changes.title': 'Évolutions dans la région {region} entre le {since} et le {asOf}',
  'changes.showOnMap': 'Afficher les évolutions sur la carte',
  'changes.noEarlier': 'Aucun enregistrement n’est antérieur au {date} : choisissez une date de comparaison.',
  'changes.headline':
    '{count, plural, =0 {Aucune nouvelle soumission} one {# nouvelle soumission} many {# nouvelles soumissions} other {# nouvelles soumissions}} pour {product} depuis le {date}',
  'changes.count.started':
    '{count, plural, one {# pays a commencé} many {# pays ont commencé} other {# pays ont commencé}}',
  'changes.count.back':
    '{count, plural, one {# pays a reculé} many {# pays ont reculé} other {# pays ont reculé}}',
  'changes.count.other':
    '{count, plural, one {# autre changement} many {# autres changements} other {# autres changements}}',
  'changes.none': 'Aucun statut n’a changé pour {product} dans la région {region} au cours de cette période.',
  'changes.caption': 'Changements de statut pour {product} dans la région {region}',
  'changes.col.date': 'Date',
  'changes.col.change': 'Changement',
  'changes.col.source': 'Source',
  'changes.kind.submitted': 'Soumise',
  'changes.kind.done': 'Achevé',
  'changes.kind.started': 'Commencée',
  'changes.kind.back': 'Recul',
  'changes.kind.other': 'Modifié',
  'changes.to': 'vers',
  'legend.since':
    'Entre parenthèses, l’évolution depuis le {date} ; {count, plural, =0 {aucun pays n’a changé} one {# pays a changé, entouré en pointillés sur la carte} many {# pays ont changé, entourés en pointillés sur la carte} other {# pays ont changé, entourés en pointillés sur la carte}}.',
  'legend.sinceClear': 'Masquer les évolutions',
  'legend.filtered':
    'Seul « {status} » est affiché : {count, plural, one {# pays} many {# pays} other {# pays}}',
  'legend.filterClear': 'Afficher tous les statuts',
  'allProducts.choice': 'Tous les produits',
  'allProducts.open': 'Ouvrir la carte {product}',
  'allProducts.counts': '{product} : pays par statut',
  'allProducts.heading': 'Tous les produits : {region}, au {date}',
  'history.group': 'L’historique, en lecture',
  'history.play': 'Lire',
  'history.pause': 'Pause',
  'history.back': 'Date précédente',
  'history.forward': 'Date suivante',
  'history.step': '{date} ({n} sur {total})',
  'handout.open': 'Document à distribuer',
  'handout.print': 'Imprimer ou enregistrer en PDF',
  'handout.close': 'Retour au tableau de bord',
  'handout.hint':
    'Paysage, A4 ou Letter. Pour un PDF, choisissez « Enregistrer au format PDF » comme imprimante.',
  'handout.page': 'Page {n} sur {total}',
  'handout.asOf': 'Statut au {date}',
  'handout.since': 'Évolutions depuis le {date}',
  'handout.changesSince': 'Évolutions depuis le {date}',
  'handout.noChange': 'Aucun statut n’a changé depuis.',
  'handout.moreChanges':
    '{count, plural, one {et # autre évolution} many {et # autres évolutions} other {et # autres évolutions}}',
  'handout.owedTitle': 'Cartes encore attendues en {region}, au {date}, par pays',
  'handout.owedNone': 'Aucune carte n’est attendue.',
  'map.table.filtered': '{caption} (seulement « {status} »)',
  'legend.change': '({change})',
  'present.sinceTitle': '{short} : évolutions depuis le {date}',
  'present.sinceSlideLabel': 'Diapositive {n} sur {total} : {product}, évolutions depuis le {date}',
  // Reminder drafts (outstanding view)
  'reminders.open': 'Projets de rappel',
  'reminders.title': 'Projets de rappel ({count, plural, one {# pays} many {# pays} other {# pays}})',
  'reminders.hint':
    'Un message par pays qui doit des cartes parmi les lignes affichées, avec exactement ces cartes. Relisez-le, puis copiez-le ou ouvrez-le dans votre messagerie ; rien n’est envoyé d’ici.',
  'reminders.none': 'Aucun pays ne doit de carte parmi les lignes affichées.',
  'reminders.downloadAll': 'Télécharger tous les projets',
  'reminders.copy': 'Copier',
  'reminders.copied': 'Copié',
  'reminders.copyFailed': 'La copie a échoué : sélectionnez le texte et copiez-le.',
  'reminders.mailto':
    '{count, plural, one {Écrire au point focal} many {Écrire aux # points focaux} other {Écrire aux # points focaux}}',
  'reminders.long': 'Ce projet est long : si votre messagerie le tronque, utilisez plutôt Copier.',
  'reminders.to': 'À : {recipients}',
  'reminders.noAddress':
    'Le fichier contacts.csv ne donne aucune adresse électronique de point focal ({country}) : pas de lien de messagerie, copiez plutôt le projet.',
  'reminders.subjectLine': 'Objet : {subject}',
  'reminders.subject':
    '{country} : {count, plural, one {# carte nationale encore à fournir au PMS} many {# cartes nationales encore à fournir au PMS} other {# cartes nationales encore à fournir au PMS}}',
  'reminders.greeting': 'Madame, Monsieur,',
  'reminders.greetingNamed':
    '{count, plural, one {Bonjour {names},} many {Bonjour {names},} other {Bonjour {names},}}',
  'reminders.bodyIntro':
    'Selon les enregistrements du Partenariat mondial sur les sols (PMS) au {date}, {count, plural, one {# carte nationale reste à fournir} many {# cartes nationales restent à fournir} other {# cartes nationales restent à fournir}} ({country}) :',
  'reminders.item': '{product} : {name}',
  'reminders.since': 'Statut : {status}, depuis le {date}',
  'reminders.noRecord': 'Statut : {status} (aucun enregistrement)',
  'reminders.deadline': 'Échéance : {date}',
  'reminders.overdue':
    'Échéance : {date}, {days, plural, one {en retard de # jour} many {en retard de # jours} other {en retard de # jours}}',
  'reminders.gspContact': 'Contact au PMS : {name}',
  'reminders.gspContactEmail': 'Contact au PMS : {name} ({email})',
  'reminders.request':
    '{count, plural, one {Merci de soumettre cette carte, ou de nous indiquer où elle en est et quand vous prévoyez de la soumettre.} many {Merci de soumettre ces cartes, ou de nous indiquer où elles en sont et quand vous prévoyez de les soumettre.} other {Merci de soumettre ces cartes, ou de nous indiquer où elles en sont et quand vous prévoyez de les soumettre.}}',
  'reminders.linkLine': 'La situation de chaque carte ({country}) sur le tableau de bord :',
  'reminders.signoff': 'Cordialement,',
  'reminders.fileTitle':
    'Projets de rappel : {region}, au {date} ({count, plural, one {# pays} many {# pays} other {# pays}})',
  // Record a change: drafts kept in the browser (data view, and their mark on every view)
  'drafts.title': 'Enregistrer un changement',
  'drafts.intro':
    'Un changement enregistré ici est un brouillon local : toutes les vues de ce navigateur l’affichent aussitôt, avec la mention « Brouillon local, non publié ». Il n’est conservé que dans ce navigateur et n’est envoyé nulle part. Pour le publier, téléchargez le fichier d’enregistrements où il va (ci-dessous) et remplacez ce fichier sur le serveur.',
  'drafts.editTitle': 'Modifier un brouillon local',
  'drafts.product': 'Produit',
  'drafts.country': 'Pays',
  'drafts.countryPlaceholder': 'Nom ou code',
  'drafts.status': 'Statut',
  'drafts.chooseStatus': 'Choisir un statut',
  'drafts.date': 'Date d’effet du statut',
  'drafts.note': 'Note (facultative)',
  'drafts.source': 'Source (facultative)',
  'drafts.sourceHint': 'D’où vient l’information, p. ex. un courriel du point focal.',
  'drafts.add': 'Enregistrer le changement',
  'drafts.save': 'Enregistrer le brouillon',
  'drafts.cancel': 'Annuler',
  'drafts.refused': 'Le changement n’a pas été enregistré',
  'drafts.field': '{at} : {why}',
  'drafts.added': 'Enregistré comme brouillon local : {country}, {product}, {status}.',
  'drafts.updated': 'Brouillon enregistré : {country}, {product}, {status}.',
  'drafts.removed': 'Brouillon annulé : {country}, {product}.',
  'drafts.discarded': 'Tous les brouillons ont été supprimés.',
  'drafts.refusal.conflict':
    '{file}, ligne {line}, indique {status} à cette date : choisissez une autre date ou corrigez cette ligne.',
  'drafts.refusal.duplicate': '{file}, ligne {line}, indique déjà cela : il n’y a rien à ajouter.',
  'drafts.refusal.conflictDraft':
    'un autre brouillon indique {status} à cette date : modifiez ou annulez ce brouillon.',
  'drafts.refusal.duplicateDraft': 'un autre brouillon indique déjà cela.',
  'drafts.refusal.longNote':
    'une note compte au plus {limit, number} caractères ; celle-ci en a {length, number} : raccourcissez-la.',
  'drafts.noteCount': '{count, number} caractères sur {limit, number}',
  'drafts.listTitle':
    '{count, plural, one {# brouillon local} many {# brouillons locaux} other {# brouillons locaux}}',
  'drafts.listCaption': 'Changements enregistrés dans ce navigateur, non publiés',
  'drafts.none': 'Aucun changement n’a été enregistré dans ce navigateur pour ces enregistrements.',
  'drafts.waiting': 'Les brouillons s’appliquent une fois les enregistrements chargés.',
  'drafts.col.date': 'Date',
  'drafts.col.check': 'Vérification',
  'drafts.col.actions': 'Actions',
  'drafts.applied': 'Affiché, non publié',
  'drafts.notApplied': 'Non affiché : {reason}',
  'drafts.edit': 'Modifier',
  'drafts.editLabel': 'Modifier le brouillon pour {country}, {product}',
  'drafts.undo': 'Annuler',
  'drafts.undoLabel': 'Annuler le brouillon pour {country}, {product}',
  'drafts.discardAll': 'Supprimer tous les brouillons',
  'drafts.discardConfirm':
    '{count, plural, one {Supprimer # brouillon ? Cette action est irréversible.} many {Supprimer les # brouillons ? Cette action est irréversible.} other {Supprimer les # brouillons ? Cette action est irréversible.}}',
  'drafts.discardYes': 'Supprimer',
  'drafts.discardNo': 'Les garder',
  'drafts.download': 'Télécharger {file}',
  'drafts.downloadChanged':
    'Télécharger {file} ({count, plural, one {# modification} many {# modifications} other {# modifications}})',
  'drafts.downloadHintSources':
    'Chaque fichier où vont vos brouillons, avec ceux-ci ajoutés dans ses propres colonnes ; toutes les autres lignes restent telles quelles. Publiez chacun à la place du fichier du même nom ; les brouillons restent ici jusqu’à ce que vous les supprimiez.',
  'drafts.noChanges': 'Enregistrez une modification pour télécharger le fichier où elle va.',
  'drafts.file': 'Publié dans',
  'drafts.fileDefault': 'Son fichier habituel : {file}',
  'drafts.fileFirst': 'Premier fichier : {file}',
  'drafts.required': 'obligatoire',
  'drafts.fileHint':
    'Le fichier d’enregistrements où va cette modification : par défaut celui qui contient déjà ce produit et ce pays, sinon le premier.',
  'drafts.col.file': 'Fichier',
  'drafts.fileUnavailable':
    '{file} n’a pas pu être lu : {count, plural, one {le brouillon qui y va attend} many {les # brouillons qui y vont attendent} other {les # brouillons qui y vont attendent}} ici jusqu’à ce qu’il puisse l’être.',
  'drafts.downloadHint':
    'Le fichier ({file}) avec les brouillons ajoutés, chacun dans les colonnes du fichier et à sa place ; toutes les autres lignes restent telles quelles, et ce que vous publiez, ce sont les nouvelles lignes. Remplacez le fichier sur le serveur pour publier ; les brouillons restent ici jusqu’à ce que vous les supprimiez.',
  'drafts.elsewhere':
    '{count, plural, one {# brouillon est conservé} many {# brouillons sont conservés} other {# brouillons sont conservés}} pour d’autres enregistrements ({sources}) ; ils reviennent quand ces enregistrements sont affichés.',
  'drafts.siteRecords': 'les enregistrements du site',
  'drafts.mark': 'Brouillon local, non publié',
  'drafts.included':
    '{count, plural, one {Inclut # brouillon local, non publié.} many {Inclut # brouillons locaux, non publiés.} other {Inclut # brouillons locaux, non publiés.}}',
  'drafts.review': 'Voir les brouillons',
  'notice.draftsNotKept':
    'Ce navigateur ne peut pas conserver les brouillons (stockage indisponible ou plein) : ils durent jusqu’à la fermeture de la page. Téléchargez records.csv pour les garder.',
  'notice.fileNotKept':
    'Ce navigateur ne peut pas conserver le fichier ouvert (stockage indisponible ou plein) : après un rechargement, les enregistrements du site s’affichent de nouveau.',
  'notice.recordsCopy':
    'Pas de connexion : {files} affiché tel que copié sur cet appareil le {date} à {time}. Des données plus récentes peuvent exister.',
  'notice.draftsUnreadable':
    'Les brouillons conservés dans ce navigateur pour ces enregistrements n’ont pas pu être lus.',
  // Spreadsheets (.xlsx) in the data view: wording of a sheet's rows, how a date was read, files refused
  'data.sourceSheet':
    'Affichage de la feuille « {sheet} » de votre fichier « {name} », lu uniquement dans ce navigateur ; rien n’a été envoyé.',
  'data.templateXlsx': 'Télécharger un modèle (Excel .xlsx)',
  'data.row': 'Ligne',
  'data.lineOrRow': 'Ligne',
  'issue.row': 'ligne {line}',
  'issue.sheet': 'feuille « {sheet} »',
  'issue.duplicate.sheet': 'doublon de la ligne {line} ; ligne ignorée',
  'issue.conflict.sheet': 'en conflit avec la ligne {line} ({status}) ; les deux lignes sont écartées',
  'issue.invalid-date.sheet':
    'date non valide : utilisez une cellule de date, le format YYYY-MM-DD ou jour/mois/année, avec l’année sur quatre chiffres',
  'issue.date-read-as': 'lue comme jour/mois/année : {date}, et non {monthFirst}',
  'issue.long-note':
    'une note de {length, number} caractères, au-delà de {limit, number} : conservée en entier, affichée raccourcie',
  'issue.invalid-product': '{detail} ; ce produit est écarté, les autres s’affichent',
  'error.xls':
    '{file} est un classeur Excel 97-2003 (.xls), qui ne peut pas être lu ici : enregistrez-le au format Classeur Excel (.xlsx) ou CSV, puis ouvrez-le à nouveau.',
  'error.encrypted':
    '{file} est protégé par un mot de passe et ne peut pas être lu : enregistrez-en une copie sans mot de passe et ouvrez celle-ci.',
  'error.unreadable':
    '{file} n’a pas pu être lu comme classeur Excel (.xlsx) : il est peut-être endommagé ou d’un autre type.',
  'error.empty-sheet': 'La feuille « {sheet} » de {file} est vide.',
  // Embedding (?embed=1): the Embed dialog and the embedded map
  'embed.button': 'Intégrer',
  'embed.dialogTitle': 'Intégrer cette carte dans une page web',
  'embed.intro':
    'Collez ce code dans une page de votre site : il affiche la carte et la légende de cette vue, avec la source et l’avertissement sur les frontières.',
  'embed.localFile':
    'La carte intégrée affiche les enregistrements publiés sur ce site, pas le fichier ouvert ici.',
  'embed.code': 'Code à coller',
  'embed.copy': 'Copier',
  'embed.copied': 'Copié',
  'embed.copySelect': 'Le code est sélectionné : copiez-le avec Ctrl+C (⌘C sur Mac).',
  'embed.preview': 'Aperçu (s’ouvre dans un nouvel onglet)',
  'embed.close': 'Fermer',
  'embed.documentTitle': '{product}, {region} : soumission des cartes nationales',
  'embed.fullDashboard': 'Tableau de bord complet',
  'embed.newTab': '(s’ouvre dans un nouvel onglet)',
  'embed.boundaries': 'Frontières',
};
