// Issue #14 §6: while the banner is open, every part of the page can be scrolled into view above it and
// clicked: the end of the page gets room as tall as the banner. Scrolled to the end, the last link is
// hit-tested and clicked, at 1280×720 and 375×667, in fi, en and sv; on the phone the banner takes at
// most 40 % of the height with its three buttons in view.
import { expect } from '@open-wc/testing';
import { Frame, OFFLINE_CSP, clearCookies, createPage, removeFrames, waitFor } from './frame.js';

const SIZES = [[1280, 720], [375, 667]] as const;

describe('hardening: the open banner hides nothing for good', function () {
  this.timeout(20_000);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  for (const lang of ['fi', 'en', 'sv']) {
    for (const [width, height] of SIZES) {
      it(`${lang}, ${width}×${height}: scrolled to the end, the last link is above the banner and takes the click`, async () => {
        const url = await createPage({ config: '{"revision":1,"categories":[{"id":"analytics"}]}', csp: OFFLINE_CSP, long: true, lang });
        const frame = await Frame.open(url);
        frame.iframe.style.width = `${width}px`;
        frame.iframe.style.height = `${height}px`;
        const banner = await frame.bannerShown();
        const link = frame.doc.getElementById('last-link')!;
        const scroller = frame.doc.scrollingElement!;
        // The room follows the banner's height once it has been laid out at this size.
        const clear = (): boolean => {
          scroller.scrollTop = scroller.scrollHeight;
          const box = link.getBoundingClientRect();
          return box.bottom <= banner.getBoundingClientRect().top + 0.5
            && frame.doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === link;
        };
        await waitFor(() => clear(), 'the last link above the banner, hit-testable');
        if (width === 375) {
          // On a phone the banner takes at most 40 % of the height; its text scrolls inside it.
          expect(banner.getBoundingClientRect().height, 'the banner\'s height').to.be.at.most(0.4 * height + 1);
          const buttons = [...banner.querySelectorAll<HTMLElement>('button.action')].map((b) => b.getBoundingClientRect());
          expect(buttons.every((b) => b.bottom <= height + 0.5), 'all three buttons in view').to.equal(true);
        }
        link.click();
        await waitFor(() => frame.win.location.hash === '#loppu', 'the link followed');
        expect(frame.bannerRegion(), 'the banner is still open (no cookie wall, no decision)').to.not.equal(null);
      });
    }
  }
});
