/**
 * The countries a phone number can be read in (ISO 3166-1 alpha-2 codes with telephone service):
 * the server uses the chosen one for numbers written the national way ("06 12 34 56 78").
 */
const CODES = `AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM
FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO RS
RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/);
const KNOWN = new Set(CODES);
/** Each country named in the page's language, in that language's alphabetical order. */
export function countryOptions(language) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(language);
    return CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}
/**
 * The country of the browser's locale: the region of the first language that names one
 * ("fr-FR", "en-GB"), else the likely region of the first language ("fr" → FR), else the US.
 */
export function defaultCountry(languages = browserLanguages()) {
    const regions = [...languages.map((tag) => region(tag, false)), ...languages.map((tag) => region(tag, true))];
    return regions.find((code) => code !== null && KNOWN.has(code)) ?? 'US';
}
function region(tag, guess) {
    try {
        const locale = new Intl.Locale(tag);
        return (guess ? locale.maximize().region : locale.region) ?? null;
    }
    catch {
        return null;
    }
}
function browserLanguages() {
    if (typeof navigator === 'undefined')
        return [];
    return navigator.languages?.length ? navigator.languages : [navigator.language];
}
