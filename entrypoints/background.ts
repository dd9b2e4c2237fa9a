import { saveArticle, findArticleByUrl } from '@/lib/db/articles';
import { SotayDatabase } from '@/lib/db/schema';
import { onMessage } from '@/utils/messaging';

export default defineBackground(() => {
  const db = new SotayDatabase();

  onMessage('saveArticle', async ({ data }) => {
    const { record, created } = await saveArticle(db, data);
    return { id: record.id, created };
  });

  onMessage('savedArticle', async ({ data }) => {
    const record = await findArticleByUrl(db, data);
    return record ? { id: record.id, updatedAt: record.updatedAt } : null;
  });

  // Ask once that the browser not evict the notebook under storage pressure.
  void navigator.storage?.persist?.();
});
