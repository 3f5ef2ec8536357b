/**
 * Keyword screens over free text the attorney typed (offenses, medical conditions). They only
 * ever raise a possibility ("true"); no match means "unknown", never "false".
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const LAKEN_RILEY = [
  /\btheft\b/,
  /\bsteal/,
  /\bstole/,
  /\blarceny\b/,
  /\bburglar/,
  /\bshoplift/,
  /\bhurto\b/,
  /\brobo\b/,
  /\ballanamiento\b/,
  /\bhomicid/,
  /\bmanslaughter\b/,
  /\bmurder\b/,
  /\bserious bodily\b/,
  /\blesiones graves\b/,
  /\bassault\b.*\b(officer|police|deputy|trooper)\b/,
  /\b(officer|police)\b.*\bassault\b/,
  /\bagresion\b.*\b(agente|policia|oficial)\b/,
];

export function matchesLakenRiley(offense: string): boolean {
  const text = normalize(offense);
  return LAKEN_RILEY.some((pattern) => pattern.test(text));
}

const MEDICAL = [
  /diabet/,
  /hypertens/,
  /blood pressure/,
  /presion alta/,
  /\basthma/,
  /\basma\b/,
  /\bcopd\b/,
  /\bepoc\b/,
  /emphysema/,
  /enfisema/,
  /bronch/,
  /bronqu/,
  /\blung/,
  /pulmon/,
  /heart/,
  /corazon/,
  /cardi/,
  /kidney/,
  /\brinon/,
  /\brenal\b/,
  /dialys/,
  /dialis/,
  /liver/,
  /higado/,
  /hepat/,
  /cirrho/,
  /cirros/,
  /cancer/,
  /tumou?r/,
  /\bhiv\b/,
  /\bvih\b/,
  /\baids\b/,
  /\bsida\b/,
  /lupus/,
  /arthrit/,
  /artritis/,
  /psoria/,
  /schizo/,
  /esquizo/,
  /bipolar/,
  /psychos/,
  /psicosis/,
  /psychiatr/,
  /psiquiatr/,
  /transplant/,
  /trasplant/,
  /immuno/,
  /inmuno/,
  /obes/,
  /sickle/,
  /falciforme/,
  /stroke/,
  /derrame/,
  /cystic fibrosis/,
  /fibrosis/,
  /dementia/,
  /demencia/,
  /thalass/,
  /talasemia/,
  /pregnan/,
  /embaraz/,
  /disabil/,
  /discapac/,
];

export function matchesMedicalRisk(condition: string): boolean {
  const text = normalize(condition);
  return MEDICAL.some((pattern) => pattern.test(text));
}
