import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { signedInOwner } from './support';

/*
 * AI content from the browser against a running platform. First without a provider: the generate
 * screen and the API both say AI is not configured, and nothing is invented. Then the owner points
 * the workspace at an OpenAI-compatible server, generates a social post, rejects the draft with
 * feedback, edits the rewritten one, approves it and sees it published, and reads the month's usage.
 *
 * TEST FIXTURE: the OpenAI-compatible server below is this test's own, on 127.0.0.1, answering
 * chat completions from a script. The platform calls it exactly as it would call Ollama or vLLM:
 * the content runs as its real AiContentWorkflow through LangChain4j.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

// A tall window rather than stitched full pages, which repeat the sticky sidebar.
test.use({ viewport: { width: 1280, height: 1400 } });

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshotsDir}ai-${name}.png` });
}

const aiTabs = (page: Page) => page.getByRole('navigation', { name: 'AI content' });

interface FakeModel {
  server: Server;
  baseUrl: string;
  prompts: string[];
}

/** Test fixture: an OpenAI-compatible chat completions endpoint answering `answers` in turn. */
function fakeOpenAiCompatibleServer(answers: string[]): Promise<FakeModel> {
  const prompts: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      prompts.push(body);
      const content = answers[Math.min(prompts.length - 1, answers.length - 1)];
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({
          id: `chatcmpl-${prompts.length}`,
          object: 'chat.completion',
          created: 1,
          model: 'fake-model',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 150, completion_tokens: 30, total_tokens: 180 },
        }),
      );
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}/v1`, prompts });
    });
  });
}

test('AI content: not configured, then set up, generated, rejected, edited, approved', async ({
  page,
  request,
}) => {
  const model = await fakeOpenAiCompatibleServer([
    JSON.stringify({ body: 'Spring is here! Everything 20% off this week.' }),
    JSON.stringify({ body: 'Mugs first: our stoneware mugs are 20% off this week.' }),
  ]);
  try {
    const workspaceId = await signedInOwner(request, page, {
      email: `ai-${unique}@example.com`,
      password: `ai-pass-${unique}`,
      name: 'Ada Writer',
      workspace: `Mug Shop ${unique}`,
    });

    // Not configured: said on the screen, and by the API when asked anyway.
    await page.goto(`/workspaces/${workspaceId}/ai/content`);
    await expect(page.getByText('AI is not configured', { exact: true })).toBeVisible();
    await page.getByLabel('Brief', { exact: true }).fill('Spring sale on mugs');
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect(
      page.getByText(/AI is not configured for this workspace: an admin sets a provider/),
    ).toBeVisible();
    await screenshot(page, 'not-configured');

    // Settings: a local OpenAI-compatible server, a brand voice and a budget.
    await aiTabs(page).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByText('Not configured', { exact: true })).toBeVisible();
    await page.getByLabel('Provider', { exact: true }).selectOption('OPENAI_COMPATIBLE');
    await page.getByLabel('Model', { exact: true }).fill('fake-model');
    await page.getByLabel('Base URL', { exact: true }).fill(model.baseUrl);
    await page.getByLabel('API key', { exact: true }).fill('local-key-1234');
    await page.getByLabel('Brand voice', { exact: true }).fill('Warm, short, no jargon');
    await page.getByLabel('Monthly budget (US dollars)', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Save AI settings' }).click();
    await expect(page.getByText('AI settings saved.')).toBeVisible();
    await expect(page.getByText('Configured', { exact: true })).toBeVisible();
    await expect(page.getByLabel('API key', { exact: true })).toHaveValue('');
    await expect(page.getByText(/ending in 1234/)).toBeVisible();
    await screenshot(page, 'settings');

    // Generate a social post that waits for approval.
    await aiTabs(page).getByRole('link', { name: 'Generate' }).click();
    await page.getByLabel('Brief', { exact: true }).fill('Spring sale on our stoneware mugs');
    await page
      .getByLabel('Source material (optional)', { exact: true })
      .fill('20% off, this week only');
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect(page.getByText('Waiting for approval')).toBeVisible();
    await expect(page.getByText('Spring is here! Everything 20% off this week.')).toBeVisible();
    expect(model.prompts[0]).toContain('Warm, short, no jargon');
    expect(model.prompts[0]).toContain('20% off, this week only');
    await screenshot(page, 'awaiting-approval');

    // Reject with feedback: the next draft is written from it.
    await page.getByRole('button', { name: 'Reject with feedback' }).click();
    await page.getByLabel('Feedback', { exact: true }).fill('Mention the mugs first');
    await page.getByRole('button', { name: 'Reject and rewrite' }).click();
    await expect(page.getByText('Mugs first: our stoneware mugs are 20% off')).toBeVisible();
    await expect(page.getByText('Draft 2')).toBeVisible();
    expect(model.prompts[1]).toContain('Mention the mugs first');

    // Edit, then approve: the edited text is what is published.
    await page.getByRole('button', { name: 'Edit and approve' }).click();
    await page
      .getByLabel('Text', { exact: true })
      .fill('Mugs first: stoneware mugs, 20% off until Sunday.');
    await page.getByRole('button', { name: 'Approve the edited version' }).click();
    await expect(page.getByText('Published', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Mugs first: stoneware mugs, 20% off until Sunday.')).toBeVisible();
    await screenshot(page, 'published');

    // Usage: two calls of the model this month.
    await aiTabs(page).getByRole('link', { name: 'Settings' }).click();
    const usage = page.getByRole('region', { name: 'Usage this month' });
    await expect(usage.getByRole('cell', { name: 'fake-model' })).toBeVisible();
    await expect(usage.getByRole('row', { name: /fake-model 2 300 60/ })).toBeVisible();
  } finally {
    model.server.close();
  }
});
