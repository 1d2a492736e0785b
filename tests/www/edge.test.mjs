// Unit tests for www/edge.js: the API key's way in (fragment, sessionStorage) and out
// (a bearer header on every edge request). No browser: storage, location and history are fakes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyFromFragment, createKeyStore, adoptFragmentKey, createEdgeFetch, KEY_STORAGE } from '../../www/edge.js';

function fakeStorage() {
  const m = new Map();
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k), m };
}

test('the key is read from the fragment and the rest of the fragment is kept', () => {
  const cases = [
    ['', { key: null, rest: '' }],
    ['#', { key: null, rest: '' }],
    ['#key=sk_abc', { key: 'sk_abc', rest: '' }],
    ['#key=sk_abc&mode=x', { key: 'sk_abc', rest: '#mode=x' }],
    ['#top', { key: null, rest: '#top' }],
    ['#key=', { key: null, rest: '' }],
    ['#key=a%2Bb%3D', { key: 'a+b=', rest: '' }],
  ];
  for (const [hash, want] of cases) assert.deepEqual(keyFromFragment(hash), want, hash);
});

test('a fragment key is stored for the tab and removed from the address bar and history', () => {
  const storage = fakeStorage();
  const store = createKeyStore(storage);
  const calls = [];
  const loc = { hash: '#key=sk_live_1', pathname: '/', search: '?mode=server' };
  const hist = { state: null, replaceState: (...a) => calls.push(a) };
  assert.equal(adoptFragmentKey(store, loc, hist), true);
  assert.equal(storage.m.get(KEY_STORAGE), 'sk_live_1');
  assert.deepEqual(calls, [[null, '', '/?mode=server']], 'replaced, not pushed: the key leaves the history too');
  // No key in the fragment: nothing changes.
  assert.equal(adoptFragmentKey(store, { hash: '#x', pathname: '/', search: '' }, hist), false);
  assert.equal(calls.length, 1);
  store.clear();
  assert.equal(storage.m.has(KEY_STORAGE), false);
});

test('storage that refuses falls back to memory', () => {
  const refusing = { getItem() { throw new Error('denied'); }, setItem() { throw new Error('denied'); }, removeItem() { throw new Error('denied'); } };
  const store = createKeyStore(refusing);
  store.set('k1');
  assert.equal(store.get(), 'k1');
  assert.equal(createKeyStore(undefined).get(), null);
});

test('edge requests carry the key as a bearer token, and none without a key', async () => {
  const seen = [];
  const fetchImpl = async (path, init) => { seen.push([path, init.headers.get('authorization'), init.method ?? 'GET']); return { ok: true }; };
  const store = createKeyStore(fakeStorage());
  const edgeFetch = createEdgeFetch(store, fetchImpl);
  await edgeFetch('/v1/status');
  store.set('sk_2');
  await edgeFetch('/v1/screen', { method: 'POST', headers: { 'content-type': 'application/json' } });
  assert.deepEqual(seen, [['/v1/status', null, 'GET'], ['/v1/screen', 'Bearer sk_2', 'POST']]);
  assert.ok(!seen.some(([p]) => p.includes('sk_')), 'the key is never in a URL');
});
