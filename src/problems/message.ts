/** What every message about content is: what is wrong (`message`), and how to fix it (`hint`). */
export interface Message {
  code: string;
  message: string;
  hint?: string;
}
