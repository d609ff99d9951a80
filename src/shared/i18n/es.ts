import type { Messages } from './en';

/** Messages in es; every key of en.ts, with the same placeholders. */
export const es: Messages = {
  'app.title': 'Presentación de mapas nacionales para los mapas mundiales de suelos de la AMS',
  'app.subtitle': 'Alianza Mundial por el Suelo de la FAO',
  'app.loading': 'Cargando datos…',
  'app.skip': 'Ir al contenido',
  'common.labelled': '{label}: {value}',
  'note.more': 'Leer todo',
  'note.less': 'Mostrar menos',

  'status.submitted': 'Presentado',
  'status.in_preparation': 'En preparación',
  'status.not_submitted': 'No presentado',
  'status.not_applicable': 'No aplicable',
  'status.no_information': 'Sin información',
  'status.outside': 'Fuera de la región',

  'controls.product': 'Producto cartográfico',
  'controls.region': 'Región',
  'controls.change': 'Cambiar',
  'controls.close': 'Cerrar',
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
  'map.panLabel': 'Mover y ampliar el mapa',
  'map.twoFingers': 'Use dos dedos para mover el mapa',
  'map.panHint': 'Las flechas mueven el mapa; + y − lo amplían y lo reducen. Tab pasa a sus países.',
  'map.countriesLabel':
    'Países del mapa: las flechas van al país más cercano en esa dirección; Intro lo abre.',
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
  'progress.ofWord': '{done, number} de {total, number} {word}',
  'progress.doneWord': 'completados',
  'a11y.count.status': '{status}: {count, number}',
  'changes.headlineWord':
    '{count, plural, =0 {Ningún país} one {# país} many {# países} other {# países}} {word} desde el {date} ({product})',
  'charts.submittedOf': '{submitted} de {total} presentados',
  'charts.notExpected':
    'No se espera nada de {count, plural, one {# país (no contabilizado)} many {# países (no contabilizados)} other {# países (no contabilizados)}}',
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
  'error.sourceLeftOut': 'Sus registros no se muestran; los de las demás fuentes sí.',
  'error.retry': 'Volver a intentarlo',
  'error.not-found': 'No se encontró {file} (404).',
  'error.http': '{file}: el servidor respondió con el código {status}.',
  'error.timeout': '{file} no se recibió en un plazo de {seconds} segundos.',
  'error.network': 'No se pudo obtener {file}: {detail}.',
  'error.address':
    '{file} no se puede leer desde {address}: solo se pueden leer direcciones https o las de este sitio.',
  'error.empty': '{file} está vacío.',
  'error.html': '{file} es una página web, no un archivo de datos.',
  'error.malformed': '{file} no es un JSON válido: {detail}.',
  'error.invalid': '{file} no se ajusta a su formato: {detail}.',
  'error.recordIssues':
    '{file}: {errors, plural, one {no se pudo utilizar # fila} many {no se pudieron utilizar # filas} other {no se pudieron utilizar # filas}}, {warnings, plural, one {# advertencia} many {# advertencias} other {# advertencias}}.',
  'error.productIssues':
    '{file}: {errors, plural, one {# producto omitido} many {# productos omitidos} other {# productos omitidos}}; los demás se muestran.',
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
  'data.historyLost': 'Filas del historial perdidas',
  'data.latest': 'Último registro',
  'data.lastModified': 'Última modificación',
  'data.errors': 'Filas excluidas',
  'data.state.loading': 'Cargando…',
  'data.state.ready': 'Cargado',
  'data.state.remote': 'Publicado en otro sitio: se comprueba cuando el sitio lo lee',
  'data.state.absent': 'No proporcionado (opcional)',
  'data.state.copy': 'Copia del {date}, {time} (sin conexión)',
  'data.recordsTitle': 'Registros',
  'data.sourceDefault':
    'Se muestran los registros de este sitio, de los archivos de registros de la tabla de arriba.',
  'data.sourceUrl': 'Se muestran los registros de {url}.',
  'data.sourceFile':
    'Se muestra su archivo «{name}», leído solo en este navegador; no se ha enviado nada a ningún servidor.',
  'data.fileKept':
    'Se conserva en este navegador y vuelve a mostrarse al recargar, hasta que vuelva a los registros del sitio.',
  'data.backToSite': 'Volver a los registros del sitio',
  'data.open': 'Abrir un archivo de registros',
  'data.openHint':
    'Elija un archivo CSV o un libro de Excel (.xlsx), o suéltelo aquí. Se lee en este navegador y nunca se envía a ningún servidor.',
  'data.reading': 'Leyendo el archivo…',
  'data.statuses.title': 'Qué admite la columna status, producto por producto',
  'data.statuses.written': 'Escrito en el archivo',
  'data.statuses.shown': 'Se muestra como',
  'data.statuses.stage': 'Qué significa',
  'data.statuses.hint':
    'También se lee una etiqueta en cualquiera de los seis idiomas. Un país sin registro aparece como «Sin información»: aún pendiente.',
  'stage.done': 'Completado: cuenta en «N de M»',
  'stage.under_way': 'En curso: aún pendiente',
  'stage.owed': 'Pendiente',
  'stage.not_expected': 'No esperado: no se cuenta',
  'data.downloadAll': 'Descargar los datos (.zip)',
  'data.template': 'Descargar una plantilla (CSV)',
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
  'country.glance': 'Estado en cada producto',
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
  'issue.missing-columns':
    'columnas que faltan: {columns}. El archivo tiene {found}; los registros necesitan {expected} (y pueden tener {optional}). {rows, plural, =0 {} one {Se deja fuera su # fila.} many {Se dejan fuera sus # filas.} other {Se dejan fuera sus # filas.}}',
  'issue.extra-columns': 'columnas adicionales, no tenidas en cuenta: {columns}',
  'issue.missing-product': 'falta el producto',
  'issue.unknown-product': 'producto desconocido',
  'issue.missing-country': 'falta el país',
  'issue.unknown-country': 'país desconocido',
  'issue.country-read-as': 'interpretado como {iso3}',
  'issue.missing-status': 'falta la situación',
  'issue.history-lost':
    'historial perdido: la línea {line} del archivo anterior, {row}, ya no está tal como era',
  'issue.unknown-status': 'situación desconocida; {product} admite {statuses}',
  'issue.status-no-information': '«Sin información» equivale a la ausencia de registro: omita la fila',
  'issue.missing-date': 'falta la fecha',
  'issue.invalid-date':
    'fecha no válida: escríbala con el formato YYYY-MM-DD o día/mes/año, con el año en cuatro cifras',
  'issue.future-date': 'fecha futura: {date}',
  'issue.duplicate-elsewhere': 'repite la línea {line} de {file}; no se tiene en cuenta',
  'issue.conflict-elsewhere': 'contradice la línea {line} de {file} ({status}); se excluyen ambas filas',
  'issue.invalid-site':
    'site.json no es una lista de fuentes de registros ({detail}); se muestra records.csv',
  'issue.duplicate': 'repite la línea {line}; no se tiene en cuenta',
  'issue.conflict': 'contradice la línea {line} ({status}); se excluyen ambas filas',
  'issue.invalid-email': 'no es una dirección de correo electrónico; se excluye',
  'issue.line': 'línea {line}',
  'issue.value': '{column} «{value}»',

  'figure.titleOwn': '{name} ({short}): situación por país',
  'figure.title': 'Presentación de mapas nacionales: {name} ({short})',
  'figure.subtitle': '{region}, situación al {date}',
  'figure.subtitleSince': '{region}, situación al {date}; entre paréntesis, el cambio desde el {since}',
  'figure.changed':
    '{count, plural, one {# país cambió} many {# países cambiaron} other {# países cambiaron}} desde el {date}',
  'figure.source': 'Fuente: {sources}',
  'figure.noSource': 'Fuente: no hay registros de este producto y esta región hasta esta fecha.',
  'figure.downloadSvg': 'Descargar SVG',
  'figure.downloadPng': 'Descargar PNG',
  'figure.downloadGif': 'Descargar el historial en GIF',
  'figure.gifProgress': 'Creando el GIF: {done} de {total} fechas…',
  'figure.exporting': 'Preparando la figura…',
  'figure.failed': 'No se pudo generar la figura: {reason}',

  'footer.source':
    'Fuente de los datos predeterminados: Informe de la séptima reunión de la Alianza Asiática por el Suelo, 9 y 10 de marzo de 2022 (ASP-VII/22/Report).',
  'footer.updated': 'Registros actualizados por última vez el {date}.',
  'footer.otherSource': 'Registros mostrados: {file}. Las fuentes de cada registro se indican junto a él.',

  // What changed since a date
  'nav.changes': 'Cambios',
  'notice.badSince':
    'La fecha «{value}» desde la que mostrar los cambios no es una fecha válida hasta hoy; no se muestran cambios.',
  'changes.since': 'Cambios desde el',
  'changes.sinceDefault': 'Fecha de registro anterior ({date})',
  'changes.sinceNotBefore':
    'No se pueden mostrar los cambios desde el {value}: elija una fecha anterior al {date}.',
  'changes.title': 'Qué cambió en {region} entre el {since} y el {asOf}',
  'changes.showOnMap': 'Mostrar los cambios en el mapa',
  'changes.noEarlier': 'Ningún registro tiene fecha anterior al {date}: elija una fecha con la que comparar.',
  'changes.headline':
    '{count, plural, =0 {Ningún nuevo envío} one {# nuevo envío} many {# nuevos envíos} other {# nuevos envíos}} de {product} desde el {date}',
  'changes.count.started':
    '{count, plural, one {# país comenzó} many {# países comenzaron} other {# países comenzaron}}',
  'changes.count.back':
    '{count, plural, one {# país retrocedió} many {# países retrocedieron} other {# países retrocedieron}}',
  'changes.count.other': '{count, plural, one {# cambio más} many {# cambios más} other {# cambios más}}',
  'changes.none': 'Ningún estado cambió para {product} en {region} en este período.',
  'changes.caption': 'Cambios de estado de {product} en {region}',
  'changes.col.date': 'Fecha',
  'changes.col.change': 'Cambio',
  'changes.col.source': 'Fuente',
  'changes.kind.submitted': 'Enviado',
  'changes.kind.done': 'Completado',
  'changes.kind.started': 'Iniciado',
  'changes.kind.back': 'Retroceso',
  'changes.kind.other': 'Cambiado',
  'changes.to': 'a',
  'legend.since':
    'Entre paréntesis, el cambio desde el {date}; {count, plural, =0 {ningún país cambió} one {# país cambió, con contorno discontinuo en el mapa} many {# países cambiaron, con contorno discontinuo en el mapa} other {# países cambiaron, con contorno discontinuo en el mapa}}.',
  'legend.sinceClear': 'Ocultar los cambios',
  'legend.filtered':
    'Solo se muestra «{status}»: {count, plural, one {# país} many {# países} other {# países}}',
  'legend.filterClear': 'Mostrar todas las situaciones',
  'allProducts.choice': 'Todos los productos',
  'allProducts.open': 'Abrir el mapa de {product}',
  'allProducts.counts': '{product}: países por situación',
  'allProducts.heading': 'Todos los productos: {region}, al {date}',
  'history.group': 'El historial, reproducido',
  'history.play': 'Reproducir',
  'history.pause': 'Pausa',
  'history.back': 'Fecha anterior',
  'history.forward': 'Fecha siguiente',
  'history.step': '{date} ({n} de {total})',
  'handout.open': 'Documento para repartir',
  'handout.print': 'Imprimir o guardar como PDF',
  'handout.close': 'Volver al panel',
  'handout.hint': 'Horizontal, A4 o Carta. Para obtener un PDF, elija «Guardar como PDF» como impresora.',
  'handout.page': 'Página {n} de {total}',
  'handout.asOf': 'Situación al {date}',
  'handout.since': 'Cambios desde el {date}',
  'handout.changesSince': 'Cambios desde el {date}',
  'handout.noChange': 'Ninguna situación ha cambiado desde entonces.',
  'handout.moreChanges':
    '{count, plural, one {y # cambio más} many {y # cambios más} other {y # cambios más}}',
  'handout.owedTitle': 'Mapas aún pendientes en {region}, al {date}, por país',
  'handout.owedNone': 'No hay mapas pendientes.',
  'map.table.filtered': '{caption} (solo «{status}»)',
  'legend.change': '({change})',
  'present.sinceTitle': '{short}: qué cambió desde el {date}',
  'present.sinceSlideLabel': 'Diapositiva {n} de {total}: {product}, cambios desde el {date}',
  // Reminder drafts (outstanding view)
  'reminders.open': 'Borradores de recordatorio',
  'reminders.title':
    'Borradores de recordatorio ({count, plural, one {# país} many {# países} other {# países}})',
  'reminders.hint':
    'Un mensaje por cada país que debe mapas entre las filas mostradas, con exactamente esos mapas. Revíselo y después cópielo o ábralo en su programa de correo; desde aquí no se envía nada.',
  'reminders.none': 'Ningún país debe mapas entre las filas mostradas.',
  'reminders.downloadAll': 'Descargar todos los borradores',
  'reminders.copy': 'Copiar',
  'reminders.copied': 'Copiado',
  'reminders.copyFailed': 'No se pudo copiar: seleccione el texto y cópielo.',
  'reminders.mailto':
    '{count, plural, one {Escribir al punto focal} many {Escribir a los # puntos focales} other {Escribir a los # puntos focales}}',
  'reminders.long': 'Este borrador es largo: si su programa de correo lo corta, use Copiar.',
  'reminders.to': 'Para: {recipients}',
  'reminders.noAddress':
    'contacts.csv no indica ninguna dirección de correo electrónico de los puntos focales ({country}), así que no hay enlace de correo: copie el borrador.',
  'reminders.subjectLine': 'Asunto: {subject}',
  'reminders.subject':
    '{country}: {count, plural, one {# mapa nacional pendiente de presentar a la AMS} many {# mapas nacionales pendientes de presentar a la AMS} other {# mapas nacionales pendientes de presentar a la AMS}}',
  'reminders.greeting': 'Estimados colegas:',
  'reminders.greetingNamed':
    '{count, plural, one {Estimado/a {names}:} many {Estimados/as {names}:} other {Estimados/as {names}:}}',
  'reminders.bodyIntro':
    'Según los registros de la Alianza Mundial por el Suelo (AMS) al {date}, {count, plural, one {queda # mapa nacional pendiente} many {quedan # mapas nacionales pendientes} other {quedan # mapas nacionales pendientes}} ({country}):',
  'reminders.item': '{product}: {name}',
  'reminders.since': 'Situación: {status}, desde el {date}',
  'reminders.noRecord': 'Situación: {status} (sin registro)',
  'reminders.deadline': 'Fecha límite: {date}',
  'reminders.overdue':
    'Fecha límite: {date}, {days, plural, one {con # día de retraso} many {con # días de retraso} other {con # días de retraso}}',
  'reminders.gspContact': 'Contacto en la AMS: {name}',
  'reminders.gspContactEmail': 'Contacto en la AMS: {name} ({email})',
  'reminders.request':
    '{count, plural, one {Le rogamos que presente este mapa o que nos indique en qué punto se encuentra y cuándo prevé presentarlo.} many {Le rogamos que presente estos mapas o que nos indique en qué punto se encuentran y cuándo prevé presentarlos.} other {Le rogamos que presente estos mapas o que nos indique en qué punto se encuentran y cuándo prevé presentarlos.}}',
  'reminders.linkLine': 'La situación de cada mapa ({country}) en el panel:',
  'reminders.signoff': 'Atentamente,',
  'reminders.fileTitle':
    'Borradores de recordatorio: {region}, al {date} ({count, plural, one {# país} many {# países} other {# países}})',
  // Record a change: drafts kept in the browser (data view, and their mark on every view)
  'drafts.title': 'Registrar un cambio',
  'drafts.intro':
    'Un cambio registrado aquí es un borrador local: todas las vistas de este navegador lo muestran de inmediato, marcado como «Borrador local, no publicado». Solo se guarda en este navegador y no se envía a ninguna parte. Para publicarlo, descargue el archivo de registros al que va (abajo) y sustituya ese archivo en el servidor.',
  'drafts.editTitle': 'Editar un borrador local',
  'drafts.product': 'Producto',
  'drafts.country': 'País',
  'drafts.countryPlaceholder': 'Nombre o código',
  'drafts.status': 'Estado',
  'drafts.chooseStatus': 'Elija un estado',
  'drafts.date': 'Fecha en que el estado surtió efecto',
  'drafts.note': 'Nota (opcional)',
  'drafts.source': 'Fuente (opcional)',
  'drafts.sourceHint': 'De dónde procede la información, p. ej., un correo del punto focal.',
  'drafts.add': 'Registrar el cambio',
  'drafts.save': 'Guardar el borrador',
  'drafts.cancel': 'Cancelar',
  'drafts.refused': 'No se registró el cambio',
  'drafts.field': '{at}: {why}',
  'drafts.added': 'Registrado como borrador local: {country}, {product}, {status}.',
  'drafts.updated': 'Borrador guardado: {country}, {product}, {status}.',
  'drafts.removed': 'Borrador deshecho: {country}, {product}.',
  'drafts.discarded': 'Se descartaron todos los borradores.',
  'drafts.refusal.conflict':
    '{file}, línea {line}, indica {status} en esta fecha: elija otra fecha o corrija esa fila.',
  'drafts.refusal.duplicate': '{file}, línea {line}, ya indica esto: no hay nada que añadir.',
  'drafts.refusal.conflictDraft':
    'otro borrador indica {status} en esta fecha: edite o deshaga ese borrador.',
  'drafts.refusal.duplicateDraft': 'otro borrador ya indica esto.',
  'drafts.refusal.longNote':
    'una nota tiene como máximo {limit, number} caracteres; esta tiene {length, number}: acórtela.',
  'drafts.noteCount': '{count, number} de {limit, number} caracteres',
  'drafts.listTitle':
    '{count, plural, one {# borrador local} many {# borradores locales} other {# borradores locales}}',
  'drafts.listCaption': 'Cambios registrados en este navegador, no publicados',
  'drafts.none': 'No se ha registrado ningún cambio en este navegador para estos registros.',
  'drafts.waiting': 'Los borradores se aplican cuando se han cargado los registros.',
  'drafts.col.date': 'Fecha',
  'drafts.col.check': 'Comprobación',
  'drafts.col.actions': 'Acciones',
  'drafts.applied': 'Mostrado, no publicado',
  'drafts.notApplied': 'No mostrado: {reason}',
  'drafts.edit': 'Editar',
  'drafts.editLabel': 'Editar el borrador de {country}, {product}',
  'drafts.undo': 'Deshacer',
  'drafts.undoLabel': 'Deshacer el borrador de {country}, {product}',
  'drafts.discardAll': 'Descartar todos los borradores',
  'drafts.discardConfirm':
    '{count, plural, one {¿Descartar # borrador? No se puede deshacer.} many {¿Descartar los # borradores? No se puede deshacer.} other {¿Descartar los # borradores? No se puede deshacer.}}',
  'drafts.discardYes': 'Descartar',
  'drafts.discardNo': 'Conservarlos',
  'drafts.download': 'Descargar {file}',
  'drafts.downloadChanged':
    'Descargar {file} ({count, plural, one {# cambio} many {# cambios} other {# cambios}})',
  'drafts.downloadHintSources':
    'Cada archivo al que van sus borradores, con ellos añadidos en sus propias columnas; las demás líneas quedan como están. Publique cada uno en lugar del archivo del mismo nombre; los borradores se quedan aquí hasta que los descarte.',
  'drafts.noChanges': 'Registre un cambio para descargar el archivo al que va.',
  'drafts.file': 'Se publica en',
  'drafts.fileDefault': 'Su archivo habitual: {file}',
  'drafts.fileFirst': 'Primer archivo: {file}',
  'drafts.required': 'obligatorio',
  'drafts.fileHint':
    'El archivo de registros al que va este cambio: por defecto, el que ya contiene este producto y este país; si no, el primero.',
  'drafts.col.file': 'Archivo',
  'drafts.fileUnavailable':
    'No se pudo leer {file}: {count, plural, one {el borrador que va en él espera} many {los # borradores que van en él esperan} other {los # borradores que van en él esperan}} aquí hasta que se pueda.',
  'drafts.downloadHint':
    'El archivo ({file}) con los borradores añadidos, cada uno en las columnas del archivo y en su lugar; las demás líneas quedan como están, de modo que lo que publica son las filas nuevas. Sustituya el archivo en el servidor para publicarlo; los borradores se quedan aquí hasta que los descarte.',
  'drafts.elsewhere':
    '{count, plural, one {Se guarda # borrador} many {Se guardan # borradores} other {Se guardan # borradores}} para otros registros ({sources}); vuelven cuando se muestran esos registros.',
  'drafts.siteRecords': 'los registros del sitio',
  'drafts.mark': 'Borrador local, no publicado',
  'drafts.included':
    '{count, plural, one {Incluye # borrador local, no publicado.} many {Incluye # borradores locales, no publicados.} other {Incluye # borradores locales, no publicados.}}',
  'drafts.review': 'Revisar los borradores',
  'notice.draftsNotKept':
    'Este navegador no puede guardar borradores (su almacenamiento no está disponible o está lleno): duran hasta que se cierre la página. Descargue records.csv para conservarlos.',
  'notice.fileNotKept':
    'Este navegador no puede conservar el archivo abierto (almacenamiento no disponible o lleno): al recargar, vuelven a mostrarse los registros del sitio.',
  'notice.recordsCopy':
    'Sin conexión: se muestra {files} tal como se copió en este dispositivo el {date} a las {time}. Puede haber registros más recientes.',
  'notice.draftsUnreadable':
    'No se pudieron leer los borradores guardados en este navegador para estos registros.',
  // Spreadsheets (.xlsx) in the data view: wording of a sheet's rows, how a date was read, files refused
  'data.sourceSheet':
    'Se muestra la hoja «{sheet}» de su archivo «{name}», leído solo en este navegador; no se ha enviado nada a ningún servidor.',
  'data.templateXlsx': 'Descargar una plantilla (Excel .xlsx)',
  'data.row': 'Fila',
  'data.lineOrRow': 'Línea o fila',
  'issue.row': 'fila {line}',
  'issue.sheet': 'hoja «{sheet}»',
  'issue.duplicate.sheet': 'repite la fila {line}; no se tiene en cuenta',
  'issue.conflict.sheet': 'contradice la fila {line} ({status}); se excluyen ambas filas',
  'issue.invalid-date.sheet':
    'fecha no válida: use una celda de fecha, el formato YYYY-MM-DD o día/mes/año, con el año en cuatro cifras',
  'issue.date-read-as': 'leída como día/mes/año: {date}, no {monthFirst}',
  'issue.long-note':
    'una nota de {length, number} caracteres, más de {limit, number}: se conserva entera y se muestra abreviada',
  'issue.invalid-product': '{detail}; este producto se omite, los demás se muestran',
  'error.xls':
    '{file} es un libro de Excel 97-2003 (.xls), que no se puede leer aquí: guárdelo como libro de Excel (.xlsx) o como CSV y vuelva a abrirlo.',
  'error.encrypted':
    '{file} está protegido con contraseña y no se puede leer: guarde una copia sin contraseña y abra esa copia.',
  'error.unreadable':
    '{file} no se pudo leer como libro de Excel (.xlsx): puede estar dañado o ser otro tipo de archivo.',
  'error.empty-sheet': 'La hoja «{sheet}» de {file} está vacía.',
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
