export const APP_NAME = "My Product";
