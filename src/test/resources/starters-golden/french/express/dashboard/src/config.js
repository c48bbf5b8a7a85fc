export const APP_NAME = "Rendez Vous Dashboard";
