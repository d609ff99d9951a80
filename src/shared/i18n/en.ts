/** English messages; the reference every other language is checked against. */
export const en = {
  'app.title': 'National map submissions to the GSP global soil maps',
  'app.subtitle': 'FAO Global Soil Partnership',
  'app.loading': 'Loading data…',
  'app.skip': 'Skip to the map',

  'status.submitted': 'Submitted',
  'status.in_preparation': 'In preparation',
  'status.not_submitted': 'Not submitted',
  'status.not_applicable': 'Not applicable',
  'status.no_information': 'No information',
  'status.outside': 'Outside the region',

  'controls.product': 'Map product',
  'controls.region': 'Region',
  'controls.asOf': 'Status as of',
  'controls.asOfLatest': 'Latest ({date})',
  'controls.regionGroup.partnership': 'Partnerships',
  'controls.regionGroup.world': 'World',
  'controls.regionGroup.un-region': 'Regions',
  'controls.regionGroup.un-subregion': 'Sub-regions',

  'search.label': 'Find a country',
  'search.placeholder': 'Name or code, e.g. Nepal or NPL',
  'search.none': 'No country matches “{query}”',
  'search.results': '{count, plural, one {# country} other {# countries}} found',

  'legend.title': 'Legend',
  'legend.heading': '{product}: {region}, as of {date}',
  'legend.total': '{count, plural, one {# country} other {# countries}} in the region',

  'map.label': 'Map of {product} submission status, {region}',
  'map.tooltipNoRecord': 'No record',
  'map.disclaimer':
    'The boundaries and names shown and the designations used on this map do not imply the expression of any opinion whatsoever on the part of FAO concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers and boundaries. Boundaries: Natural Earth.',
  'map.zoomRegion': 'Zoom to region',
  'map.failed': 'The map could not be drawn: {reason}',

  'panel.close': 'Close',
  'panel.regions': 'Regions',
  'panel.noRegion': 'In none of the loaded regions',
  'panel.history': 'History',
  'panel.source': 'Source',
  'panel.note': 'Note',
  'panel.since': 'since {date}',
  'panel.contact': 'Contact',
  'panel.notUn': 'Not a UN member state',

  'charts.title': 'Progress',
  'charts.byProduct': 'Status by product, {region}',
  'charts.overTime': 'Countries that had submitted, over time, {region}',
  'charts.overTimeEmpty': 'No records up to this date.',
  'charts.byRegion': '{product}: share submitted by region',
  'charts.byRegionHidden':
    '{count, plural, one {# region} other {# regions}} with no {product} records not shown.',
  'charts.submittedOf': '{submitted} of {total} submitted',
  'charts.tableCaption': 'Data behind the chart',

  'notice.unknownProduct': 'There is no product “{value}”; showing {fallback}.',
  'notice.unknownRegion': 'There is no region “{value}”; showing {fallback}.',
  'notice.unknownCountry': 'There is no country “{value}” on the map.',
  'notice.unknownView': 'There is no view “{value}”; showing the overview.',
  'notice.unknownLang': 'The language “{value}” is not available; showing English.',
  'notice.badDate': 'The date “{value}” is not a valid YYYY-MM-DD date; showing the latest status.',
  'notice.dismiss': 'Dismiss',

  'error.title': 'Some data could not be loaded',
  'error.retry': 'Try again',
  'error.not-found': '{file} was not found (404).',
  'error.http': '{file}: the server answered {status}.',
  'error.timeout': '{file} did not arrive within {seconds} seconds.',
  'error.network': '{file} could not be fetched: {detail}.',
  'error.empty': '{file} is empty.',
  'error.html': '{file} is a web page, not a data file.',
  'error.malformed': '{file} is not valid JSON: {detail}.',
  'error.invalid': '{file} does not match its format: {detail}.',
  'error.recordIssues':
    '{file}: {errors, plural, one {# row} other {# rows}} could not be used, {warnings, plural, one {# warning} other {# warnings}}.',
  'error.noRecords': 'Without records every country shows No information.',
  'error.noBoundaries': 'Without boundaries the map cannot be drawn; the charts still work.',

  'issue.empty-file': 'the file is empty',
  'issue.missing-columns': 'missing column(s): {columns}',
  'issue.extra-columns': 'extra column(s) ignored: {columns}',
  'issue.missing-product': 'missing product',
  'issue.unknown-product': 'unknown product',
  'issue.missing-country': 'missing country',
  'issue.unknown-country': 'unknown country',
  'issue.country-read-as': 'read as {iso3}',
  'issue.missing-status': 'missing status',
  'issue.unknown-status': 'unknown status',
  'issue.status-no-information': 'No information is the absence of a record: leave the row out',
  'issue.missing-date': 'missing date',
  'issue.invalid-date': 'invalid date: write it as YYYY-MM-DD',
  'issue.future-date': 'date in the future',
  'issue.duplicate': 'duplicate of line {line}; ignored',
  'issue.conflict': 'conflicts with line {line} ({status}); both rows left out',
  'issue.line': 'line {line}',
  'issue.value': '{column} “{value}”',

  'footer.source':
    'Source of the default data: Report of the Seventh Meeting of the Asian Soil Partnership, 9–10 March 2022 (ASP-VII/22/Report).',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
