/**
 * The absolute address a phone opens to join a room. PUBLIC_URL wins: behind a proxy or on a projector laptop
 * the Host the presenter used (often localhost) is not an address the class's phones can reach.
 */
import QRCode from 'qrcode';

export const joinPath = (code: string): string => `/join?code=${encodeURIComponent(code)}`;

export interface RequestOrigin {
  host?: string | undefined;
  /** `x-forwarded-proto`, or the transport's own ('https' when TLS). */
  proto?: string | undefined;
}

export function publicOrigin(publicUrl: string | undefined, req: RequestOrigin): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const proto = req.proto?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${req.host ?? 'localhost'}`;
}

export function joinUrl(publicUrl: string | undefined, req: RequestOrigin, code: string): string {
  return `${publicOrigin(publicUrl, req)}${joinPath(code)}`;
}

/**
 * The join address as an SVG QR code. Error correction M and a 4-module quiet zone scan reliably from across
 * a classroom once the projector draws it a hand's width wide; the SVG scales without blurring.
 */
export function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
