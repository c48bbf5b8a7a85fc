export const APP_NAME = "Rendez-vous";
