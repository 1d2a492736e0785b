// The README's webpack recipe: nothing stopgate-specific. The `browser` entry's top-level
// await and its `new URL("./stopgate_bg.wasm", import.meta.url)` are webpack 5 defaults.
export default {
  mode: "production",
  entry: "./main.js",
  output: { filename: "main.js" },
};
