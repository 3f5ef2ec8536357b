import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

let loaded: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * DejaVu Sans, embedded (as subsets) in every packet so that names such as "Nguyễn" and "Peña"
 * print as written; the 14 standard PDF fonts cover only Latin-1. Bundled with the app: no network.
 */
export function packetFonts() {
  loaded ??= Promise.all([bytesOf(regularUrl), bytesOf(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
