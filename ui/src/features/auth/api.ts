import { z } from 'zod';
import { api, tokenStore } from '../../api';
import { idSchema } from '../../api/schemas';

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z
    .string()
    .nullish()
    .transform((name) => name ?? ''),
  emailVerified: z.boolean().optional().default(false),
});
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z.object({
  user: userSchema,
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  expiresIn: z.number().optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export const PASSWORD_MIN_LENGTH = 10;

export const emailField = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .pipe(z.email('Enter a valid email address, like name@company.com.'));

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, 'Use at most 200 characters.');

export const loginInput = z.object({
  email: emailField,
  password: z.string().min(1, 'Enter your password.'),
});
export type LoginInput = z.infer<typeof loginInput>;

export const registerInput = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
  email: emailField,
  password: newPasswordField,
});
export type RegisterInput = z.infer<typeof registerInput>;

function storeSession(session: Session): Session {
  tokenStore.set({ accessToken: session.accessToken, refreshToken: session.refreshToken });
  return session;
}

export const authApi = {
  login: async (input: LoginInput) =>
    storeSession(await api.post('/api/auth/login', input, { auth: false, schema: sessionSchema })),

  register: async (input: RegisterInput) =>
    storeSession(
      await api.post('/api/auth/register', input, { auth: false, schema: sessionSchema }),
    ),

  verify: () => api.get('/api/auth/verify', { schema: z.object({ user: userSchema }) }),

  logout: async () => {
    const tokens = tokenStore.get();
    if (!tokens) return;
    try {
      await api.post(
        '/api/auth/logout',
        { refreshToken: tokens.refreshToken },
        { refreshOnUnauthorized: false },
      );
    } finally {
      tokenStore.clear();
    }
  },

  requestPasswordReset: (email: string) =>
    api.post('/api/auth/reset-password', { email }, { auth: false }),

  confirmPasswordReset: (token: string, newPassword: string) =>
    api.post('/api/auth/reset-password/confirm', { token, newPassword }, { auth: false }),
};
