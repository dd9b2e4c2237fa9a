/**
 * A Document from an HTML string for Node (CLI, tests, benchmarks), via happy-dom with scripts,
 * stylesheets, iframes and every network load disabled: a saved news page must not run its ad code.
 * Kept out of index.ts so the content script bundle never includes happy-dom.
 */
import { Window } from 'happy-dom';

export function parseHtml(html: string, url?: string): Document {
  const window = new Window({
    ...(url ? { url } : {}),
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = window.document;
  doc.write(html);
  return doc as unknown as Document;
}
