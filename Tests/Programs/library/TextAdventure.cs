// Realistic: a text adventure state machine driven by scripted commands: rooms graph, inventory, locked doors, command parsing with switch, enum states, dictionary lookups.
using System;
using System.Collections.Generic;
using System.Linq;
enum GameState { Playing, Won, Dead, Quit }
class Room {
    public string Name, Description;
    public Dictionary<string, string> Exits = new Dictionary<string, string>();
    public List<string> Items = new List<string>();
    public string LockedExit, KeyItem;
}
class Game {
    readonly Dictionary<string, Room> rooms = new Dictionary<string, Room>();
    string current = "hall";
    readonly List<string> inventory = new List<string>();
    public GameState State = GameState.Playing;
    int moves;
    public Game() {
        Add("hall", "A dusty hall.", new[] { "north:library", "east:kitchen" }, new[] { "lamp" });
        Add("library", "Shelves of old books.", new[] { "south:hall", "up:tower" }, new[] { "book" });
        Add("kitchen", "Smells of old bread.", new[] { "west:hall", "down:cellar" }, new[] { "knife", "key" });
        Add("cellar", "Dark and damp. Something growls.", new[] { "up:kitchen" }, new string[0]);
        Add("tower", "The treasure glitters here!", new[] { "down:library" }, new[] { "treasure" });
        rooms["library"].LockedExit = "up"; rooms["library"].KeyItem = "key";
    }
    void Add(string name, string desc, string[] exits, string[] items) {
        var r = new Room { Name = name, Description = desc };
        foreach (var e in exits) { var parts = e.Split(':'); r.Exits[parts[0]] = parts[1]; }
        r.Items.AddRange(items);
        rooms[name] = r;
    }
    public string Do(string line) {
        moves++;
        var words = line.Trim().ToLowerInvariant().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return "Say something.";
        var room = rooms[current];
        string arg = words.Length > 1 ? words[1] : null;
        switch (words[0]) {
            case "look": return room.Name + ": " + room.Description + (room.Items.Count > 0 ? " You see: " + string.Join(", ", room.Items) + "." : "") + " Exits: " + string.Join(", ", room.Exits.Keys.OrderBy(k => k)) + ".";
            case "go":
            case "move":
                if (arg == null) return "Go where?";
                string dest;
                if (!room.Exits.TryGetValue(arg, out dest)) return "You can't go " + arg + ".";
                if (room.LockedExit == arg && !inventory.Contains(room.KeyItem)) return "The way " + arg + " is locked.";
                current = dest;
                if (current == "cellar" && !inventory.Contains("lamp")) { State = GameState.Dead; return "You stumble in the dark and are eaten by a grue."; }
                return "You go " + arg + " to the " + current + ".";
            case "take":
                if (arg == "all") { var took = room.Items.ToList(); inventory.AddRange(took); room.Items.Clear(); if (took.Contains("treasure")) State = GameState.Won; return took.Count == 0 ? "Nothing here." : "Taken: " + string.Join(", ", took) + "."; }
                if (arg == null || !room.Items.Remove(arg)) return "No " + (arg ?? "thing") + " here.";
                inventory.Add(arg);
                if (arg == "treasure") State = GameState.Won;
                return "Taken " + arg + ".";
            case "drop":
                if (arg == null || !inventory.Remove(arg)) return "You don't have " + (arg ?? "that") + ".";
                room.Items.Add(arg); return "Dropped " + arg + ".";
            case "inventory":
            case "i": return inventory.Count == 0 ? "You carry nothing." : "You carry: " + string.Join(", ", inventory.OrderBy(x => x)) + ".";
            case "quit": State = GameState.Quit; return "Bye.";
            default: moves--; return "I don't understand '" + words[0] + "'.";
        }
    }
    public int Moves => moves;
}
class TextAdventure {
    static void Play(string title, string[] script) {
        Console.WriteLine("== " + title + " ==");
        var g = new Game();
        foreach (var cmd in script) {
            if (g.State != GameState.Playing) break;
            Console.WriteLine("> " + cmd);
            Console.WriteLine(g.Do(cmd));
        }
        Console.WriteLine("state: " + g.State + " after " + g.Moves + " moves");
    }
    static void Main() {
        Play("winning run", new[] { "look", "go north", "go up", "go south", "go east", "look", "take key", "take spoon", "go west", "go north", "go up", "take all", "look" });
        Play("death run", new[] { "i", "dance", "go east", "drop lamp", "take lamp", "drop lamp", "go down", "look" });
        Play("quitter", new[] { "go", "go west", "take lamp", "i", "", "quit", "look" });
    }
}
