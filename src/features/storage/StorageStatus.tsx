import { useEffect } from 'react';
import { useStore } from 'zustand';
import { formatBytes, refreshStorageInfo, storageStore } from './storageStore.ts';

export function StorageStatus() {
  const { persisted, requested, usage, quota } = useStore(storageStore);
  useEffect(() => {
    void refreshStorageInfo();
  }, []);
  const used =
    usage !== null && quota
      ? `Espacio usado en este equipo: ${formatBytes(usage)} de ${formatBytes(quota)} disponibles.`
      : '';
  if (persisted === false && requested) {
    return (
      <div className="banner warning" role="status" data-testid="storage-status" data-persisted="false">
        El navegador no garantizó guardar sus datos de forma permanente: si falta espacio podría borrarlos. Instale la
        aplicación (menú del navegador → «Instalar Bitácora PME») y sincronice con frecuencia. {used}
      </div>
    );
  }
  return (
    <div className="storage-note muted" data-testid="storage-status" data-persisted={String(persisted)}>
      {persisted ? 'Almacenamiento permanente activado. ' : ''}
      {used}
    </div>
  );
}
