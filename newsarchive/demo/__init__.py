"""The bundled asia.nikkei.com sample site, the local server that serves it and its builders."""
