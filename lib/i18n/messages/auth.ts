const fr = {
  signInTitle: "Connexion à l'espace du Collectif",
  email: "Adresse e-mail",
  password: "Mot de passe",
  submit: "Se connecter",
  submitting: "Connexion…",
  invalid: "Adresse e-mail ou mot de passe incorrect.",
  limited: "Trop de tentatives de connexion. Réessayez dans quinze minutes.",
  unexpected: "La connexion a échoué. Réessayez dans un instant.",
  emailRequired: "Indiquez votre adresse e-mail.",
  passwordRequired: "Indiquez votre mot de passe.",
  forgotPassword: "Mot de passe oublié ?",
};

export type AuthMessages = typeof fr;

const en: AuthMessages = {
  signInTitle: "Sign in to the Collective's workspace",
  email: "E-mail address",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  invalid: "Wrong e-mail address or password.",
  limited: "Too many sign-in attempts. Try again in fifteen minutes.",
  unexpected: "Sign-in failed. Try again in a moment.",
  emailRequired: "Enter your e-mail address.",
  passwordRequired: "Enter your password.",
  forgotPassword: "Forgot your password?",
};

export const auth = { fr, en };
