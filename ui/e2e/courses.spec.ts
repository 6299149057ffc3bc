import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoSidewaysScroll, signedInOwner } from './support';

/*
 * A drip course from the browser against a running platform: the owner creates a course with two
 * modules, the first released at enrolment and the second a week later, publishes it and enrols a
 * student. The student opens the link of their mail (read in the mail sink page), without signing
 * in, and sees only the first module, with the second still to come; they complete a lesson. The
 * enrolment runs as its real CourseDripWorkflow.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const COURSE = `Photo school ${unique}`;
const student = { name: 'Sam Student', email: `sam-${unique}@student.example` };

async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `${screenshotsDir}courses-${name}.png`, fullPage });
}

async function addModule(page: Page, title: string, rule: () => Promise<void>) {
  const form = page.locator('.course-subform').filter({
    has: page.getByRole('heading', { name: 'Add a module' }),
  });
  await form.getByLabel('Module title').fill(title);
  await rule();
  await form.getByRole('button', { name: 'Add module' }).click();
  await expect(
    page.getByRole('heading', { level: 3, name: new RegExp(`: ${title}$`) }),
  ).toBeVisible();
}

async function addLesson(page: Page, module: string, title: string, body: string) {
  await page.getByRole('button', { name: `Add a lesson to ${module}` }).click();
  const form = page.locator('.course-subform').filter({
    has: page.getByRole('heading', { name: `New lesson in ${module}` }),
  });
  await form.getByLabel('Lesson title').fill(title);
  await form.getByLabel('Content').fill(body);
  await form.getByRole('button', { name: 'Add lesson' }).click();
  await expect(page.getByRole('list', { name: `Lessons of ${module}` })).toContainText(title);
}

test('a course is built, published, a student enrolled who sees only the released module', async ({
  page,
  request,
  browser,
}) => {
  const workspaceId = await signedInOwner(request, page, {
    email: `courses-${unique}@example.com`,
    password: `courses-pass-${unique}`,
    name: 'Cora Course',
    workspace: `School ${unique}`,
  });

  await test.step('the owner creates a course', async () => {
    await page.goto(`/workspaces/${workspaceId}`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Courses' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/workspaces/${workspaceId}/courses$`));
    await expect(page.getByRole('heading', { name: 'No courses yet' })).toBeVisible();
    await page.getByRole('link', { name: 'Create your first course' }).click();
    await page.getByLabel('Title').fill(COURSE);
    await page.getByLabel('Description (optional)').fill('Take better photos in two weeks');
    await page.getByRole('button', { name: 'Create course' }).click();
    await expect(page.getByText(`${COURSE} was created. Add its first module.`)).toBeVisible();
  });

  await test.step('with a module at enrolment and one a week later, each with a lesson', async () => {
    await addModule(page, 'Basics', async () => {
      await page.getByLabel('Released').selectOption('IMMEDIATE');
    });
    await addLesson(page, 'Basics', 'Holding the camera', '# Grip\nBoth hands, elbows in.');
    await addModule(page, 'Light', async () => {
      await page.getByLabel('Released').selectOption('DAYS_AFTER_ENROLLMENT');
      await page.getByLabel('Days after enrolment').fill('7');
    });
    await expect(page.getByText('Released: 7 days after enrolment, at 09:00')).toBeVisible();
    await addLesson(page, 'Light', 'Golden hour', 'Shoot an hour before sunset.');
    await screenshot(page, 'editor');
  });

  await test.step('the course is published', async () => {
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText('Published', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Students' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Students of ${COURSE}` }),
    ).toBeVisible();
  });

  await test.step('a student is enrolled in the browser’s time zone', async () => {
    const form = page.getByRole('region', { name: 'Enrol a student' });
    await form.getByLabel('Student name').fill(student.name);
    await form.getByLabel('Student email').fill(student.email);
    await expect(form.getByLabel('Time zone')).not.toHaveValue('');
    await form.getByRole('button', { name: 'Enrol student' }).click();
    await expect(page.getByText(`${student.name} was enrolled`)).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Students' })
      .getByRole('row')
      .filter({ hasText: student.email });
    // The drip releases the first module moments after the enrolment; the list re-reads itself.
    await expect(row).toContainText('1 of 2 modules released', { timeout: 30_000 });
    await expect(row.getByRole('button', { name: `Pause ${student.name}` })).toBeVisible();
    // The running drip knows when the second module is due: a week on, at 09:00 on their clock.
    await row.getByRole('button', { name: `Schedule of ${student.name}` }).click();
    const schedule = row.getByRole('list', { name: `Schedule of ${student.name}` });
    await expect(schedule).toContainText(/Basics\s*Released/);
    await expect(schedule).toContainText(/Light\s*Due/);
    await screenshot(page, 'students');
  });

  let learnPath = '';
  await test.step('the release mail carries the link to the student page', async () => {
    await page.goto('/mails');
    const mail = page
      .getByRole('button')
      .filter({ hasText: student.email })
      .filter({ hasText: 'Basics is ready' })
      .first();
    await expect(mail).toBeVisible({ timeout: 60_000 });
    await mail.click();
    const link = page.getByTestId('mail-app-link').filter({ hasText: '/learn/' }).first();
    await expect(link).toBeVisible();
    learnPath = (await link.getAttribute('href')) ?? '';
    expect(learnPath).toMatch(/^\/learn\/[^/?]+$/);
  });

  await test.step('the student, not signed in, sees only the released module', async () => {
    const context = await browser.newContext();
    const learner = await context.newPage();
    await learner.goto(learnPath);
    await expect(learner.getByRole('heading', { level: 1, name: COURSE })).toBeVisible();
    const outline = learner.getByRole('navigation', { name: 'Course outline' });
    await expect(outline.getByRole('heading', { name: 'Basics' })).toBeVisible();
    await expect(outline).not.toContainText('Light');
    await expect(outline).not.toContainText('Golden hour');
    await expect(outline).toContainText('1 module is still to come');

    await outline.getByRole('link', { name: /Holding the camera/ }).click();
    const lesson = learner.getByRole('article', { name: 'Holding the camera' });
    await expect(lesson.getByRole('heading', { name: 'Grip' })).toBeVisible();
    await expect(lesson).toContainText('Both hands, elbows in.');
    await lesson.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(lesson.getByText('You completed this lesson.')).toBeVisible();
    await expect(
      outline.getByRole('link', { name: 'Holding the camera, completed' }),
    ).toBeVisible();
    await expect(outline).toContainText('Basics ✓ completed');
    await screenshot(learner, 'student');
    await learner.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(learner);
    await screenshot(learner, 'student-phone');
    await context.close();
  });
});
