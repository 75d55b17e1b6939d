// smartfab.config.yaml: one configuration for the CLI and the language server (docs/review.md).
export { CONFIG_FILE_NAME, configSchema, configSchemaJson } from './schema';
export { parseConfig, EMPTY_CONFIG, type SmartFabConfig } from './read';
export { findConfigPath, loadConfig, configFor, type ConfigHost, type FoundConfig } from './discover';
export { analysisOptionsOf, reviewOptionsOf, applySeverityOverrides } from './apply';
