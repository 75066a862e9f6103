/** A PNG response for a prerendered endpoint (the file is written to build/ as it is). */
export function pngResponse(png: Uint8Array, filename?: string): Response {
  const headers: Record<string, string> = { 'content-type': 'image/png' };
  if (filename) headers['content-disposition'] = `attachment; filename="${filename}"`;
  return new Response(new Uint8Array(png), { headers });
}
