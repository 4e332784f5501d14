using SiteGen.Model;

namespace SiteGen.Bench.Corpus;

/// <summary>
/// A fixed, seeded population of distinct author names, ranked for Zipf-like reuse.
/// Names combine the shipped inputs' given and family names (diacritics included) with
/// common names from many languages; some get a middle initial, some a particle
/// ("van der", "von"), as in the shipped category listing. First names never start
/// with an initial, so the category format's title/author seam stays findable.
/// </summary>
internal sealed class NamePool
{
    private static readonly string[] ExtraGiven =
    [
        "Anna", "Ben", "Carlos", "Chen", "David", "Elena", "Fatima", "Gabriel", "Hana", "Ines", "Jakob", "Jing", "Kai", "Laura",
        "Lucas", "Maria", "Mohammed", "Nadia", "Oliver", "Priya", "Rahul", "Sara", "Sofia", "Tomás", "Wei", "Yuki", "Zoe",
        "Amir", "Beatriz", "Chiara", "Daniela", "Emil", "Felix", "Giulia", "Hannah", "Ivan", "Jonas", "Katarzyna", "Leon",
        "Mei", "Nikolai", "Olga", "Pablo", "Qiang", "Rosa", "Stefan", "Tarek", "Ursula", "Vikram", "Xin", "Yusuf", "Zeynep",
        "Aurélien", "Søren", "José", "Łukasz", "Zoë", "Björn", "Noémie", "Matthias", "Arjun", "Ayşe", "Dmitri", "Ewa",
    ];

    private static readonly string[] ExtraFamily =
    [
        "Müller", "Schmidt", "Zhang", "Wang", "Li", "Kumar", "Singh", "Garcia", "Martínez", "Rossi", "Bianchi", "Nakamura",
        "Tanaka", "Kim", "Park", "Nguyen", "Novak", "Kowalski", "Ivanov", "Petrov", "Johansson", "Larsen", "Dubois", "Moreau",
        "Silva", "Santos", "Oliveira", "Cohen", "Levi", "Haddad", "Okafor", "Mensah", "Brown", "Taylor", "Wilson", "Clarke",
        "Fischer", "Weber", "Becker", "Hoffmann", "Sato", "Suzuki", "Chen", "Liu", "Huang", "Yilmaz", "Demir", "Papadopoulos",
        "Nielsen", "Andersson", "Kovač", "Horváth", "Fernández", "López", "Gómez", "Ahmed", "Hassan", "Khan", "Das", "Iyer",
    ];

    private static readonly string[] Particles = ["van", "van der", "von", "de", "da", "van den"];
    private const string Initials = "ABCDEFGHJKLMNPRSTW";

    private readonly List<PersonName> _names;

    public NamePool(ShippedProfile profile, int size, Random random)
    {
        var given = profile.Names.Select(n => n.Given.Split(' ')[0])
            .Where(g => g.Length > 1 && !g.EndsWith('.') && char.IsUpper(g[0]) && g.Skip(1).All(c => char.IsLower(c) || c == '-'))
            .Concat(ExtraGiven).Distinct(StringComparer.Ordinal).ToArray();
        var family = profile.Names.Select(n => n.Family)
            .Where(f => f.Length > 1 && f.Split(' ').All(p => p.Length > 1 && !p.EndsWith('.')))
            .Concat(ExtraFamily).Distinct(StringComparer.Ordinal).ToArray();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        _names = new List<PersonName>(size);
        while (_names.Count < size)
        {
            var g = given[random.Next(given.Length)];
            var f = family[random.Next(family.Length)];
            var roll = random.NextDouble();
            if (roll < 0.12) g += " " + Initials[random.Next(Initials.Length)] + ".";
            else if (roll < 0.16 && !f.Contains(' ', StringComparison.Ordinal)) f = Particles[random.Next(Particles.Length)] + " " + f;
            // Past the plain combinations, double family names ("Pérez-García") and initials keep names distinct.
            if (!seen.Add(g + "|" + f))
            {
                if (random.NextDouble() < 0.5 && !f.Contains(' ', StringComparison.Ordinal)) f += "-" + family[random.Next(family.Length)].Split(' ')[^1];
                else g = given[random.Next(given.Length)] + " " + Initials[random.Next(Initials.Length)] + ".";
                if (!seen.Add(g + "|" + f)) continue;
            }
            _names.Add(new PersonName(g, f));
        }
    }

    public int Count => _names.Count;

    public PersonName this[int rank] => _names[rank];
}
