// SVG string -> PNG data URL through an <img> and a canvas (the webview has a real renderer; the host has not).
const SCALE = 2; // crisp on high-DPI screens and when zoomed in a viewer

export function renderPng(svg: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const img = new Image();
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.ceil(img.naturalWidth * SCALE));
        canvas.height = Math.max(1, Math.ceil(img.naturalHeight * SCALE));
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.scale(SCALE, SCALE);
        ctx.drawImage(img, 0, 0);
        resolve(canvas.toDataURL('image/png'));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be loaded as an image'));
    };
    img.src = url;
  });
}
