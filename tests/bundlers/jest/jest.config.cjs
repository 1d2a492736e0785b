// Nothing stopgate-specific: Jest's defaults (node environment, CommonJS).
module.exports = { testEnvironment: "node", testMatch: ["**/*.test.cjs"] };
