export const APP_NAME = "Mein Blog";
