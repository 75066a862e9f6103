// @ts-check
/**
 * EU-27 members by ISO 3166-1 numeric code. Plain JavaScript so that the chart and the Node
 * script that prepares the map outlines (scripts/build-world-outlines.mjs) share one list.
 * Malta (470) has no outline at 1:110m.
 * @type {readonly string[]}
 */
export const EU27 = [
  '040',
  '056',
  '100',
  '191',
  '196',
  '203',
  '208',
  '233',
  '246',
  '250',
  '276',
  '300',
  '348',
  '372',
  '380',
  '428',
  '440',
  '442',
  '470',
  '528',
  '616',
  '620',
  '642',
  '703',
  '705',
  '724',
  '752'
];
