export const APP_NAME = "My Blog";
