import type { Metadata, Viewport } from 'next';
import './globals.css';

// Every page depends on who is signed in and on the database: render each per request.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Partner Atlas', template: '%s · Partner Atlas' },
  description: 'Map community partners, hold interviews and follow relationships over time.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#17574f' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="font-sans antialiased">{children}</body>
    </html>
  );
}
