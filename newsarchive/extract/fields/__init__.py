"""The generic page's field methods, one mixin per group of fields (headline and standfirst,
authors, dates, images). extract/page.py composes them into Page, which gives them the page's shared
views (doc, scope, in_noise, text_of, skip_for); site profiles override single methods."""
