/**
 * Countries as the five languages' press names them, keyed by ISO 3166 code. Used to read a
 * fact's place in any language ("Suède" = "Sweden" = "Schweden" = "Suecia" = "Svezia") and to tell
 * a figure about another country from the fact's. One row per country; one column per language
 * (a new language adds its column here, next to its pack).
 */
import type { Lang } from '../types';

type Names = Record<Lang, string[]>;

export const COUNTRIES: Record<string, Names> = {
  fr: { fr: ['France'], en: ['France'], de: ['Frankreich'], es: ['Francia'], it: ['Francia'] },
  se: { fr: ['Suède'], en: ['Sweden'], de: ['Schweden'], es: ['Suecia'], it: ['Svezia'] },
  no: { fr: ['Norvège'], en: ['Norway'], de: ['Norwegen'], es: ['Noruega'], it: ['Norvegia'] },
  fi: { fr: ['Finlande'], en: ['Finland'], de: ['Finnland'], es: ['Finlandia'], it: ['Finlandia'] },
  dk: { fr: ['Danemark'], en: ['Denmark'], de: ['Dänemark'], es: ['Dinamarca'], it: ['Danimarca'] },
  is: { fr: ['Islande'], en: ['Iceland'], de: ['Island'], es: ['Islandia'], it: ['Islanda'] },
  de: { fr: ['Allemagne'], en: ['Germany'], de: ['Deutschland'], es: ['Alemania'], it: ['Germania'] },
  es: { fr: ['Espagne'], en: ['Spain'], de: ['Spanien'], es: ['España'], it: ['Spagna'] },
  pt: { fr: ['Portugal'], en: ['Portugal'], de: ['Portugal'], es: ['Portugal'], it: ['Portogallo'] },
  it: { fr: ['Italie'], en: ['Italy'], de: ['Italien'], es: ['Italia'], it: ['Italia'] },
  gb: { fr: ['Royaume-Uni', 'Grande-Bretagne', 'Angleterre'], en: ['United Kingdom', 'Britain', 'UK', 'England'], de: ['Großbritannien', 'Vereinigtes Königreich', 'England'], es: ['Reino Unido', 'Inglaterra'], it: ['Regno Unito', 'Inghilterra'] },
  ie: { fr: ['Irlande'], en: ['Ireland'], de: ['Irland'], es: ['Irlanda'], it: ['Irlanda'] },
  nl: { fr: ['Pays-Bas'], en: ['Netherlands'], de: ['Niederlande'], es: ['Países Bajos'], it: ['Paesi Bassi'] },
  be: { fr: ['Belgique'], en: ['Belgium'], de: ['Belgien'], es: ['Bélgica'], it: ['Belgio'] },
  ch: { fr: ['Suisse'], en: ['Switzerland'], de: ['Schweiz'], es: ['Suiza'], it: ['Svizzera'] },
  at: { fr: ['Autriche'], en: ['Austria'], de: ['Österreich'], es: ['Austria'], it: ['Austria'] },
  pl: { fr: ['Pologne'], en: ['Poland'], de: ['Polen'], es: ['Polonia'], it: ['Polonia'] },
  gr: { fr: ['Grèce'], en: ['Greece'], de: ['Griechenland'], es: ['Grecia'], it: ['Grecia'] },
  us: { fr: ['États-Unis', 'Etats-Unis'], en: ['United States', 'US', 'USA', 'America'], de: ['USA', 'Vereinigte Staaten'], es: ['Estados Unidos', 'EE. UU.', 'EEUU'], it: ['Stati Uniti', 'USA'] },
  ca: { fr: ['Canada'], en: ['Canada'], de: ['Kanada'], es: ['Canadá'], it: ['Canada'] },
  mx: { fr: ['Mexique'], en: ['Mexico'], de: ['Mexiko'], es: ['México'], it: ['Messico'] },
  br: { fr: ['Brésil'], en: ['Brazil'], de: ['Brasilien'], es: ['Brasil'], it: ['Brasile'] },
  cl: { fr: ['Chili'], en: ['Chile'], de: ['Chile'], es: ['Chile'], it: ['Cile'] },
  jp: { fr: ['Japon'], en: ['Japan'], de: ['Japan'], es: ['Japón'], it: ['Giappone'] },
  cn: { fr: ['Chine'], en: ['China'], de: ['China'], es: ['China'], it: ['Cina'] },
  in: { fr: ['Inde'], en: ['India'], de: ['Indien'], es: ['India'], it: ['India'] },
  kr: { fr: ['Corée du Sud'], en: ['South Korea'], de: ['Südkorea'], es: ['Corea del Sur'], it: ['Corea del Sud'] },
  tw: { fr: ['Taïwan', 'Taiwan'], en: ['Taiwan'], de: ['Taiwan'], es: ['Taiwán'], it: ['Taiwan'] },
  sg: { fr: ['Singapour'], en: ['Singapore'], de: ['Singapur'], es: ['Singapur'], it: ['Singapore'] },
  my: { fr: ['Malaisie'], en: ['Malaysia'], de: ['Malaysia'], es: ['Malasia'], it: ['Malesia'] },
  sa: { fr: ['Arabie saoudite'], en: ['Saudi Arabia'], de: ['Saudi-Arabien'], es: ['Arabia Saudí', 'Arabia Saudita'], it: ['Arabia Saudita'] },
  ae: { fr: ['Émirats arabes unis', 'Emirats arabes unis', 'Émirats'], en: ['United Arab Emirates', 'UAE', 'Emirates'], de: ['Vereinigte Arabische Emirate', 'VAE', 'Emirate'], es: ['Emiratos Árabes Unidos', 'Emiratos'], it: ['Emirati Arabi Uniti', 'Emirati'] },
  qa: { fr: ['Qatar'], en: ['Qatar'], de: ['Katar'], es: ['Catar'], it: ['Qatar'] },
  il: { fr: ['Israël'], en: ['Israel'], de: ['Israel'], es: ['Israel'], it: ['Israele'] },
  au: { fr: ['Australie'], en: ['Australia'], de: ['Australien'], es: ['Australia'], it: ['Australia'] },
  lu: { fr: ['Luxembourg'], en: ['Luxembourg'], de: ['Luxemburg'], es: ['Luxemburgo'], it: ['Lussemburgo'] },
  cz: { fr: ['Tchéquie', 'République tchèque'], en: ['Czechia', 'Czech Republic'], de: ['Tschechien'], es: ['Chequia'], it: ['Cechia'] },
  ro: { fr: ['Roumanie'], en: ['Romania'], de: ['Rumänien'], es: ['Rumanía'], it: ['Romania'] },
};

/** Every printed name → its country code (folded by the caller). */
export function countryNames(): [string, string][] {
  const out: [string, string][] = [];
  for (const [code, names] of Object.entries(COUNTRIES)) for (const list of Object.values(names)) for (const n of list) out.push([n, code]);
  return out;
}
