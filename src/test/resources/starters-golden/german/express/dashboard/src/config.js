export const APP_NAME = "Termine";
