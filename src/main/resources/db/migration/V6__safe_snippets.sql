-- Search snippets are HTML that clients render: the content is escaped before ts_headline
-- marks the matches, so the only markup a snippet carries is <mark>. (Escaping these three
-- is enough for text between tags, which is where a snippet goes.)
CREATE FUNCTION html_escape(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT replace(replace(replace($1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
$$;
