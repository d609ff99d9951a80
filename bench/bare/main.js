// The reference the app's cold load is read against: the same boundaries.json drawn with bare
// MapLibre, one fill colour, no transitions. Marks `map-ready` on the first `idle` after the
// data is set, as the app marks it once its first choropleth has painted.
//
// The bench passes the app's camera and map size (?center=lng,lat&zoom=z&width=w&height=h), so
// both draw the same view at the same size; without them: centre [95, 20], zoom 1.6, full window.
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';

setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const center = (params.get('center') ?? '95,20').split(',').map(Number);
const zoom = Number(params.get('zoom') ?? 1.6);
const container = document.getElementById('map');
if (params.has('width')) container.style.width = `${params.get('width')}px`;
if (params.has('height')) container.style.height = `${params.get('height')}px`;

// Started at once, in parallel with the map's own start-up (the preload has it on its way).
const boundaries = fetch('./data/boundaries.json').then((response) => {
  if (!response.ok) throw new Error(`boundaries.json: HTTP ${response.status}`);
  return response.json();
});

const map = new Map({
  container,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#eaf2f8' } }],
  },
  center,
  zoom,
  fadeDuration: 0,
  attributionControl: false,
});
map.on('error', (e) => console.warn('bare map:', e.error?.message));

const loaded = new Promise((done) => map.once('load', done));
Promise.all([boundaries, loaded])
  .then(([topology]) => {
    const countries = feature(topology, topology.objects.countries);
    map.addSource('countries', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': '#4a8f4f', 'fill-outline-color': '#ffffff' },
    });
    map.getSource('countries').setData(countries);
    map.once('idle', () => performance.mark('map-ready'));
  })
  .catch((error) => {
    document.body.dataset.error = String(error);
    console.error('bare map:', error);
  });
