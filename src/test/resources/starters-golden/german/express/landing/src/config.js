export const APP_NAME = "Physiotherapie-Praxis";
