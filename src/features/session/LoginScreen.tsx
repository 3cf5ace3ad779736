import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { signIn } from '../../sync/session/sessionStore.ts';
import { loginFailureMessage } from './loginMessages.ts';

const loginFormSchema = z.object({
  username: z.string().trim().min(1, { message: 'Ingrese su usuario' }),
  password: z.string().min(1, { message: 'Ingrese su contraseña' }),
});
type LoginForm = z.infer<typeof loginFormSchema>;

export function LoginScreen({ expired }: { expired?: boolean }) {
  const [error, setError] = useState<string | null>(expired ? 'Su sesión expiró. Ingrese nuevamente.' : null);
  const { register, handleSubmit, formState } = useForm<LoginForm>({ resolver: zodResolver(loginFormSchema) });
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const failure = await signIn(values.username, values.password);
    if (failure) setError(loginFailureMessage(failure));
  });
  return (
    <main className="login">
      <form className="card login-card" onSubmit={onSubmit} noValidate>
        <h1>Bitácora PME</h1>
        <p className="muted">Asesoría para el Plan de Mejoramiento Educativo</p>
        <label>
          Usuario
          <input autoComplete="username" {...register('username')} aria-invalid={!!formState.errors.username} />
          {formState.errors.username && <span className="field-error">{formState.errors.username.message}</span>}
        </label>
        <label>
          Contraseña
          <input
            type="password"
            autoComplete="current-password"
            {...register('password')}
            aria-invalid={!!formState.errors.password}
          />
          {formState.errors.password && <span className="field-error">{formState.errors.password.message}</span>}
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Ingresando…' : 'Ingresar'}
        </button>
      </form>
    </main>
  );
}
