import type { Messages } from './en';

/** Messages in es; every key of en.ts, with the same placeholders. */
export const es: Messages = {
  'app.title': 'Presentación de mapas nacionales para los mapas mundiales de suelos de la AMS',
  'app.subtitle': 'Alianza Mundial por el Suelo de la FAO',
  'app.loading': 'Cargando datos…',
  'app.skip': 'Ir al contenido',

  'status.submitted': 'Presentado',
  'status.in_preparation': 'En preparación',
  'status.not_submitted': 'No presentado',
  'status.not_applicable': 'No aplicable',
  'status.no_information': 'Sin información',
  'status.outside': 'Fuera de la región',

  'controls.product': 'Producto cartográfico',
  'controls.region': 'Región',
  'controls.asOf': 'Situación a fecha de',
  'controls.asOfLatest': 'Más reciente ({date})',
  'controls.regionGroup.partnership': 'Alianzas',
  'controls.regionGroup.world': 'Mundo',
  'controls.regionGroup.un-region': 'Regiones',
  'controls.regionGroup.un-subregion': 'Subregiones',

  'region.fallback': 'Todos los países',
  'region.fallbackSource': 'Todos los países del mapa o de los registros',

  'search.label': 'Buscar un país',
  'search.placeholder': 'Nombre o código, p. ej., Nepal o NPL',
  'search.none': 'Ningún país coincide con «{query}»',
  'search.results':
    '{count, plural, one {# país encontrado} many {# países encontrados} other {# países encontrados}}',

  'legend.title': 'Leyenda',
  'legend.heading': '{product}: {region}, al {date}',
  'legend.total': '{count, plural, one {# país} many {# países} other {# países}} en la región',

  'map.label': 'Mapa de la situación de presentación de {product}, {region}',
  'map.tooltipNoRecord': 'Sin registro',
  'map.disclaimer':
    'Los límites y los nombres que figuran en este mapa y las denominaciones empleadas en él no implican, por parte de la FAO, juicio alguno sobre la condición jurídica de países, territorios, ciudades o zonas, o de sus autoridades, ni respecto de la delimitación de sus fronteras o límites. Límites: Natural Earth.',
  'map.zoomRegion': 'Acercar a la región',
  'map.failed': 'No se pudo dibujar el mapa: {reason}',

  'panel.close': 'Cerrar',
  'panel.regionsLine': 'Regiones: {regions}',
  'panel.noRegion': 'No pertenece a ninguna de las regiones cargadas',
  'panel.history': 'Historial',
  'panel.source': 'Fuente',
  'panel.note': 'Nota',
  'panel.since': 'desde el {date}',
  'panel.contact': 'Contacto',
  'panel.notUn': 'No es Estado Miembro de las Naciones Unidas',

  'charts.title': 'Avance',
  'charts.byProduct': 'Situación por producto, {region}',
  'charts.overTime': 'Evolución del número de países que han presentado su mapa, {region}',
  'charts.overTimeEmpty': 'No hay registros hasta esta fecha.',
  'charts.byRegion': '{product}: proporción de mapas presentados por región',
  'charts.byRegionHidden':
    '{count, plural, one {No se muestra # región} many {No se muestran # regiones} other {No se muestran # regiones}} sin registros de {product}.',
  'charts.submittedOf': '{submitted} de {total} presentados',
  'charts.notApplicable':
    'No aplicable en {count, plural, one {# país (no contabilizado)} many {# países (no contabilizados)} other {# países (no contabilizados)}}',
  'charts.tableCaption': 'Datos del gráfico',

  'notice.unknownProduct': 'No existe el producto «{value}»; se muestra {fallback}.',
  'notice.unknownRegion': 'No existe la región «{value}»; se muestra {fallback}.',
  'notice.unknownCountry': 'El país «{value}» no figura en el mapa.',
  'notice.unknownView': 'No existe la vista «{value}»; se muestra la vista general.',
  'notice.unknownLang': 'El idioma «{value}» no está disponible; se muestra el inglés.',
  'notice.badDate':
    'La fecha «{value}» no es una fecha válida con el formato YYYY-MM-DD; se muestra la situación más reciente.',
  'notice.futureAsOf': 'La fecha «{value}» es posterior a hoy; se muestra la situación más reciente.',
  'notice.dismiss': 'Descartar',
  'update.ready': 'Hay una nueva versión del panel disponible.',
  'update.reload': 'Volver a cargar',
  'notice.svgMap':
    'Este navegador no puede dibujar el mapa interactivo WebGL, por lo que se muestra un mapa más sencillo; los colores y los recuentos son los mismos.',

  'error.title': 'No se pudieron cargar algunos datos',
  'error.retry': 'Volver a intentarlo',
  'error.not-found': 'No se encontró {file} (404).',
  'error.http': '{file}: el servidor respondió con el código {status}.',
  'error.timeout': '{file} no se recibió en un plazo de {seconds} segundos.',
  'error.network': 'No se pudo obtener {file}: {detail}.',
  'error.empty': '{file} está vacío.',
  'error.html': '{file} es una página web, no un archivo de datos.',
  'error.malformed': '{file} no es un JSON válido: {detail}.',
  'error.invalid': '{file} no se ajusta a su formato: {detail}.',
  'error.recordIssues':
    '{file}: {errors, plural, one {no se pudo utilizar # fila} many {no se pudieron utilizar # filas} other {no se pudieron utilizar # filas}}, {warnings, plural, one {# advertencia} many {# advertencias} other {# advertencias}}.',
  'error.fullReport': 'Ver el informe completo',
  'error.noRecords': 'Sin registros, todos los países aparecen como «Sin información».',
  'error.noBoundaries': 'Sin límites no se puede dibujar el mapa; los gráficos siguen funcionando.',

  'lang.label': 'Idioma',
  'theme.label': 'Colores',
  'theme.auto': 'Según el sistema',
  'theme.light': 'Claro',
  'theme.dark': 'Oscuro',
  'theme.contrast': 'Alto contraste',

  'a11y.summary': '{product}, {region}, al {date}: {counts}.',
  'a11y.count.submitted': '{count, plural, one {# presentado} many {# presentados} other {# presentados}}',
  'a11y.count.in_preparation':
    '{count, plural, one {# en preparación} many {# en preparación} other {# en preparación}}',
  'a11y.count.not_submitted':
    '{count, plural, one {# no presentado} many {# no presentados} other {# no presentados}}',
  'a11y.count.not_applicable':
    '{count, plural, one {# no aplicable} many {# no aplicables} other {# no aplicables}}',
  'a11y.count.no_information':
    '{count, plural, one {# sin información} many {# sin información} other {# sin información}}',

  'map.table.show': 'Mostrar el mapa como tabla',
  'map.table.hide': 'Ocultar la tabla',
  'map.table.caption': '{product}, {region}, al {date}: situación de cada país',
  'map.table.country': 'País',
  'map.table.status': 'Situación',
  'map.table.date': 'Fecha del registro',
  'map.table.note': 'Nota',

  'nav.label': 'Vistas',
  'nav.overview': 'Vista general',
  'nav.outstanding': 'Pendientes',
  'nav.country': 'País',
  'nav.present': 'Presentar',
  'nav.data': 'Datos',

  'data.title': 'Archivos de datos',
  'data.filesCaption': 'Los archivos de datos y el resultado de su carga',
  'data.file': 'Archivo',
  'data.state': 'Estado',
  'data.rows': 'Filas',
  'data.warnings': 'Advertencias',
  'data.errors': 'Filas excluidas',
  'data.state.loading': 'Cargando…',
  'data.state.ready': 'Cargado',
  'data.state.absent': 'No proporcionado (opcional)',
  'data.recordsTitle': 'Registros',
  'data.sourceDefault': 'Se muestran los registros de este sitio (data/records.csv).',
  'data.sourceUrl': 'Se muestran los registros de {url}.',
  'data.sourceFile':
    'Se muestra su archivo «{name}», leído solo en este navegador; no se ha enviado nada a ningún servidor.',
  'data.backToSite': 'Volver a los registros del sitio',
  'data.open': 'Abrir un archivo de registros',
  'data.openHint':
    'Elija un archivo CSV o suéltelo aquí. Se lee en este navegador y nunca se envía a ningún servidor.',
  'data.reading': 'Leyendo el archivo…',
  'data.template': 'Descargar una plantilla',
  'data.validRows': 'Descargar las filas utilizables',
  'data.report':
    'Informe de validación ({count, plural, one {# incidencia} many {# incidencias} other {# incidencias}})',
  'data.noIssues': 'Se pudieron utilizar todas las filas.',
  'data.severity': 'Tipo',
  'data.line': 'Línea',
  'data.column': 'Columna',
  'data.value': 'Valor',
  'data.reason': 'Motivo',
  'data.error': 'Fila excluida',
  'data.warning': 'Advertencia',
  'data.more': '… y {count} más.',

  'country.pick': 'Elija un país',
  'country.asOf': 'Situación al {date}',
  'country.locator': 'Ubicación de {country}',
  'country.link': 'Enlace a esta página',
  'country.copyLink': 'Copiar el enlace',
  'country.print': 'Imprimir',
  'panel.openPage': 'Abrir la página del país',

  'next.label': 'Próximo paso',
  'next.gsp': 'la Secretaría de la Alianza Mundial por el Suelo',
  'next.submitted':
    'Se ha presentado el mapa nacional. Envíe las correcciones o actualizaciones a {contact}.',
  'next.in_preparation':
    'Termine el mapa nacional y preséntelo; para obtener apoyo técnico, póngase en contacto con {contact}.',
  'next.not_submitted':
    'Prepare y presente el mapa nacional; póngase en contacto con {contact} para obtener las directrices y apoyo técnico.',
  'next.not_applicable': 'No se espera ningún mapa nacional de {product} de este país.',
  'next.no_information':
    'La Alianza Mundial por el Suelo no tiene ningún registro de este país: informe a {contact} de la situación del mapa nacional.',

  'present.roledescription': 'diapositiva',
  'present.slideLabel': 'Diapositiva {n} de {total}: {product}',
  'present.headline': '{submitted} de {total} presentados',
  'present.notApplicable':
    'No aplicable en {count, plural, one {# país (no contabilizado)} many {# países (no contabilizados)} other {# países (no contabilizados)}}',
  'present.previous': 'Anterior',
  'present.next': 'Siguiente',
  'present.fullscreen': 'Pantalla completa',
  'present.exit': 'Salir (Esc)',
  'present.refused':
    'El navegador no abrió la pantalla completa automáticamente, por lo que las diapositivas ocupan toda la ventana (el botón Pantalla completa vuelve a solicitarla). Teclas: → ← Re Pág/Av Pág, barra espaciadora, Esc.',
  'present.start': 'Presentar',

  'outstanding.title': 'Mapas pendientes: {region}, al {date}',
  'outstanding.country': 'País',
  'outstanding.region': 'Región',
  'outstanding.product': 'Producto',
  'outstanding.status': 'Situación',
  'outstanding.since': 'Desde',
  'outstanding.note': 'Nota',
  'outstanding.deadline': 'Fecha límite',
  'outstanding.overdue': 'Retraso',
  'outstanding.overdueBy':
    '{days, plural, one {Con # día de retraso} many {Con # días de retraso} other {Con # días de retraso}}',
  'outstanding.overdueOnly': 'Solo los mapas con retraso',
  'outstanding.overdueCount':
    '{count, plural, one {# con retraso} many {# con retraso} other {# con retraso}}',
  'legend.overdue':
    '{count, plural, one {# mapa con retraso (fecha límite: {date})} many {# mapas con retraso (fecha límite: {date})} other {# mapas con retraso (fecha límite: {date})}}',
  'country.deadline': 'Fecha límite: {date}',
  'outstanding.focalPoint': 'Punto focal',
  'outstanding.allProducts': 'Todos los productos',
  'outstanding.search': 'Buscar por país',
  'outstanding.count':
    '{count, plural, one {# mapa pendiente} many {# mapas pendientes} other {# mapas pendientes}}',
  'outstanding.downloadCsv': 'Descargar CSV',
  'outstanding.caption': 'Mapas pendientes, una fila por producto y país',
  'outstanding.emails':
    'Lista de direcciones de correo electrónico ({count, plural, one {# dirección} many {# direcciones} other {# direcciones}})',
  'outstanding.noEmails': 'No hay direcciones de correo electrónico para los países mostrados.',
  'outstanding.copy': 'Copiar las direcciones',
  'outstanding.copied': 'Copiadas',
  'outstanding.mailto': 'Escribir a todos (CCO)',
  'outstanding.mailSubject': 'Presentación del mapa nacional a la Alianza Mundial por el Suelo',

  'issue.empty-file': 'el archivo está vacío',
  'issue.missing-columns': 'columnas que faltan: {columns}',
  'issue.extra-columns': 'columnas adicionales, no tenidas en cuenta: {columns}',
  'issue.missing-product': 'falta el producto',
  'issue.unknown-product': 'producto desconocido',
  'issue.missing-country': 'falta el país',
  'issue.unknown-country': 'país desconocido',
  'issue.country-read-as': 'interpretado como {iso3}',
  'issue.missing-status': 'falta la situación',
  'issue.unknown-status': 'situación desconocida',
  'issue.status-no-information': '«Sin información» equivale a la ausencia de registro: omita la fila',
  'issue.missing-date': 'falta la fecha',
  'issue.invalid-date': 'fecha no válida: escríbala con el formato YYYY-MM-DD',
  'issue.future-date': 'fecha futura',
  'issue.duplicate': 'repite la línea {line}; no se tiene en cuenta',
  'issue.conflict': 'contradice la línea {line} ({status}); se excluyen ambas filas',
  'issue.invalid-email': 'no es una dirección de correo electrónico; se excluye',
  'issue.line': 'línea {line}',
  'issue.value': '{column} «{value}»',

  'figure.title': 'Presentación de mapas nacionales: {name} ({short})',
  'figure.subtitle': '{region}, situación al {date}',
  'figure.source': 'Fuente: {sources}',
  'figure.noSource': 'Fuente: no hay registros de este producto y esta región hasta esta fecha.',
  'figure.downloadSvg': 'Descargar SVG',
  'figure.downloadPng': 'Descargar PNG',
  'figure.exporting': 'Preparando la figura…',
  'figure.failed': 'No se pudo generar la figura: {reason}',

  'footer.source':
    'Fuente de los datos predeterminados: Informe de la séptima reunión de la Alianza Asiática por el Suelo, 9 y 10 de marzo de 2022 (ASP-VII/22/Report).',
  'footer.otherSource': 'Registros mostrados: {file}. Las fuentes de cada registro se indican junto a él.',
  // Embedding (?embed=1): the Embed dialog and the embedded map
  'embed.button': 'Insertar',
  'embed.dialogTitle': 'Insertar este mapa en una página web',
  'embed.intro':
    'Pegue este código en una página de su sitio: muestra el mapa y la leyenda de esta vista, con la fuente y la nota sobre los límites.',
  'embed.localFile':
    'El mapa insertado muestra los registros publicados en este sitio, no el archivo abierto aquí.',
  'embed.code': 'Código para pegar',
  'embed.copy': 'Copiar',
  'embed.copied': 'Copiado',
  'embed.copySelect': 'El código está seleccionado: cópielo con Ctrl+C (⌘C en un Mac).',
  'embed.preview': 'Vista previa (se abre en una pestaña nueva)',
  'embed.close': 'Cerrar',
  'embed.documentTitle': '{product}, {region}: presentación de mapas nacionales',
  'embed.fullDashboard': 'Panel completo',
  'embed.newTab': '(se abre en una pestaña nueva)',
  'embed.boundaries': 'Límites',
};
