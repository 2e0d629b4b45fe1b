import { describe, expect, it } from 'vitest';
import { writtenInOtherScript } from '../../src/conversation/other-script.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';

describe('writtenInOtherScript', () => {
  it('GIVEN questions in Chinese, Russian or Arabic THEN they are in another script, Latin terms inside or not', () => {
    for (const text of ['请问该模型能用于生产嘛？感觉模型太大，无法部署', '我们想用 SageMaker 训练模型，需要多少数据？', 'Как развернуть модель в продакшене?', 'كيف ننشر نموذج التعلم الآلي؟']) {
      expect(writtenInOtherScript(text)).toBe(true);
    }
  });

  it('GIVEN English, accented Latin, a few foreign words, emoji or too few letters THEN not', () => {
    for (const text of ['How do we deploy our model?', 'Qué modelo usamos para détecter la fraude?', 'How do I translate 机器学习 for our slides? We need it for a talk on ML adoption', '🚀🚀🚀 ok', '好的', '', '```\nmodel.fit(x, y)\n```']) {
      expect(writtenInOtherScript(text)).toBe(false);
    }
  });
});

describe('a question in another script', () => {
  it('GIVEN a question in Chinese THEN the advisor says it reads English only so far, offers the topics, and logs it as a fallback', async () => {
    const { advisor, store } = await coreAdvisor();
    const question = '请问下如果想让模型学到某个领域的数据集，大概需要多大的数据量呢？';
    const reply = await advisor.handle(message(question));
    expect(reply.outcome).toBe('fallback');
    expect(reply.title).toMatch(/English/);
    expect(reply.actions.length).toBeGreaterThan(0);
    // Logged for the people who maintain the advisor, as written, among the fallbacks.
    expect(store.questions.at(-1)).toMatchObject({ outcome: 'fallback' });
    expect(JSON.stringify(store.questions.at(-1))).toContain(question);
  });
});
