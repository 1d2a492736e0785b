// `stopgate/init`: the API with nothing instantiated. Call `await init(wasm)` or
// `initSync(wasm)` once, before anything else, with the .wasm however your bundler or runtime
// hands it over (a URL, a Response, bytes, a WebAssembly.Module).
export * from "./api.js";
