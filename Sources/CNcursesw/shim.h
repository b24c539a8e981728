#ifndef READER_CNCURSESW_SHIM_H
#define READER_CNCURSESW_SHIM_H
/* Everything Swift cannot import from ncursesw by itself (see docs/tui-recipe notes). */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>

extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

static inline WINDOW *tui_stdscr(void) { return stdscr; }
static inline int tui_lines(void) { return LINES; }
static inline int tui_cols(void) { return COLS; }
static inline int tui_colors(void) { return COLORS; }
static inline int tui_color_pairs(void) { return COLOR_PAIRS; }
static inline SCREEN *tui_newterm(void) { return newterm(NULL, stdout, stdin); }

static const attr_t TUI_A_NORMAL = A_NORMAL;
static const attr_t TUI_A_BOLD = A_BOLD;
static const attr_t TUI_A_DIM = A_DIM;
static const attr_t TUI_A_UNDERLINE = A_UNDERLINE;
static const attr_t TUI_A_REVERSE = A_REVERSE;
static const attr_t TUI_A_ITALIC = A_ITALIC;
static const attr_t TUI_A_STANDOUT = A_STANDOUT;
static const mmask_t TUI_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t TUI_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t TUI_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t TUI_BUTTON1_CLICKED = BUTTON1_CLICKED;

/* One cell: a base character plus up to 4 combining marks, attributes and a colour pair. */
static inline int tui_mvadd_cell(int y, int x, const wchar_t *wcs, attr_t attrs, int pair) {
  cchar_t cc;
  if (setcchar(&cc, wcs, attrs, (short)0, &pair) != OK) return ERR;
  return mvadd_wch(y, x, &cc);
}

/* Whether the terminal can move the cursor to a cell (terminfo cup): TERM=dumb cannot, and
   would get a blank screen. */
static inline int tui_can_address_cursor(void) {
  char *s = tigetstr("cup");
  return s != NULL && s != (char *)-1;
}

/* After endwin: make sure the cursor is visible again (terminfo cnorm). */
static inline void tui_show_cursor(void) {
  char *s = tigetstr("cnorm");
  if (s != NULL && s != (char *)-1) { ssize_t n = write(1, s, strlen(s)); (void)n; }
}

/* SIGINT/SIGTERM/SIGHUP: `handler` only records the signal (async-signal-safe); no SA_RESTART,
   so a blocking get_wch returns ERR and the main loop restores the terminal and exits 128+sig.
   Installed before newterm so ncurses keeps its hands off them. The recorded state lives in
   Swift (StopSignal.swift), once for the process: a `static` variable here would be copied into
   every object file that includes this header, and the handler and the loop would each see
   their own copy. */
static inline void tui_install_signal_handlers(void (*handler)(int)) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
}

/* Crashes (a Swift trap is SIGILL/SIGTRAP): restore the terminal, then die the same way. */
static void tui_on_fatal(int s) { endwin(); signal(s, SIG_DFL); raise(s); }
static inline void tui_install_fatal_handlers(void) {
  signal(SIGSEGV, tui_on_fatal); signal(SIGBUS, tui_on_fatal); signal(SIGILL, tui_on_fatal);
  signal(SIGTRAP, tui_on_fatal); signal(SIGABRT, tui_on_fatal); signal(SIGFPE, tui_on_fatal);
}
#endif
