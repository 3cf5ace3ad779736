// What the relay needs from Mineduc's school directory (issue 15): whether an RBD is listed, and which
// schools a sostenedor holds (RUT as the directory writes it: digits, no check digit).
export interface DirectoryEntry {
  rbd: number;
  dv: string;
  name: string;
  sostenedorRut: string;
}

export interface SchoolDirectory {
  find(rbd: number): DirectoryEntry | undefined;
  rbdsOfSostenedor(rut: string): number[];
}
