import type { Context } from '../../kit';
import { ANONYMOUS, Role, ViewerKind } from '../../kit';
import type { Article } from './article.entity';
import { ArticleStatus } from './article.entity';
import { isVisible, seesUnpublished } from './visibility';

const as = (...roles: Role[]) =>
  ({
    viewer: { ...ANONYMOUS, kind: roles.length ? ViewerKind.PERSON : ViewerKind.ANONYMOUS, roles },
  }) as unknown as Context;
const article = (status: ArticleStatus, publishedAt: Date | null) => ({ status, publishedAt }) as Article;
const past = new Date(Date.now() - 60_000);
const future = new Date(Date.now() + 3_600_000);

describe('article visibility', () => {
  test('editors and admins see every article', () => {
    for (const ctx of [as(Role.EDITOR), as(Role.ADMIN)]) {
      expect(seesUnpublished(ctx)).toBe(true);
      expect(isVisible(ctx, article(ArticleStatus.DRAFT, null))).toBe(true);
      expect(isVisible(ctx, article(ArticleStatus.PUBLISHED, future))).toBe(true);
      expect(isVisible(ctx, article(ArticleStatus.ARCHIVED, past))).toBe(true);
    }
  });

  test('everyone else sees published articles whose time has come', () => {
    for (const ctx of [as(), as(Role.MEMBER), as(Role.CIVIL_SERVANT)]) {
      expect(seesUnpublished(ctx)).toBe(false);
      expect(isVisible(ctx, article(ArticleStatus.PUBLISHED, past))).toBe(true);
      expect(isVisible(ctx, article(ArticleStatus.PUBLISHED, future))).toBe(false);
      expect(isVisible(ctx, article(ArticleStatus.DRAFT, null))).toBe(false);
      expect(isVisible(ctx, article(ArticleStatus.ARCHIVED, past))).toBe(false);
    }
  });

  test('no article is never visible', () => {
    expect(isVisible(as(Role.ADMIN), null)).toBe(false);
  });
});
